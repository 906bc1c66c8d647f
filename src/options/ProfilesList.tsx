import { useState } from "preact/hooks";
import { t } from "../lib/i18n";
import {
  type Application,
  COLOUR_LABELS,
  isProfileColour,
  PROFILE_COLOURS,
  type Profile,
  type ProfileColour,
  profileDomain,
  profileLabel,
} from "../lib/profile";
import { send } from "../lib/send";
import { extensionActions } from "../ui/actions";
import { ProfileForm } from "../ui/ProfileForm";
import { RemoveProfileButton } from "../ui/RemoveProfileButton";
import { ApplicationSelect } from "../ui/selects";

type Editing = { profile: Profile | null } | null;

/**
 * The profiles: personal ones added, edited, removed (after a second click), reordered, coloured and given
 * the application Sign in offers first; the organisation's only shown.
 */
export function ProfilesList({ profiles }: { profiles: Profile[] }) {
  const [editing, setEditing] = useState<Editing>(null);
  const look = (p: Profile, colour: ProfileColour, defaultApp: Application | null) =>
    void send("setProfileLook", { id: p.id, colour, defaultApp });
  return (
    <section class="card" aria-label={t("optionsProfiles")}>
      <h2>{t("optionsProfiles")}</h2>
      {profiles.length === 0 && <p class="muted">{t("optionsNoProfiles")}</p>}
      <ul class="profiles">
        {profiles.map((p, i) => (
          <li key={p.id} class={`profile-row colour-${p.colour ?? "none"}`} aria-label={profileLabel(p)}>
            <span class="grow">
              {profileLabel(p)} <span class="muted">{profileDomain(p)}</span>
            </span>
            {p.managed ? (
              <span class="muted">{t("commonManaged")}</span>
            ) : (
              <div class="row wrap">
                <label class="field">
                  <span>{t("optionsColour")}</span>
                  <select
                    value={p.colour ?? "none"}
                    onChange={(e) => {
                      const colour = e.currentTarget.value;
                      if (isProfileColour(colour)) look(p, colour, p.defaultApp ?? null);
                    }}
                  >
                    {PROFILE_COLOURS.map((c) => (
                      <option key={c} value={c}>
                        {t(COLOUR_LABELS[c])}
                      </option>
                    ))}
                  </select>
                </label>
                <ApplicationSelect
                  label={t("optionsSignInFirst")}
                  value={p.defaultApp ?? null}
                  automatic={t("optionsLastUsed")}
                  onChange={(app) => look(p, p.colour ?? "none", app)}
                />
                <button
                  type="button"
                  aria-label={t("optionsMoveUp", profileLabel(p))}
                  disabled={i === 0 || profiles[i - 1]?.managed}
                  onClick={() => void send("moveProfile", { id: p.id, by: -1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t("optionsMoveDown", profileLabel(p))}
                  disabled={i === profiles.length - 1}
                  onClick={() => void send("moveProfile", { id: p.id, by: 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t("commonEditNamed", profileLabel(p))}
                  onClick={() => setEditing({ profile: p })}
                >
                  {t("commonEdit")}
                </button>
                <RemoveProfileButton profile={p} onRemove={() => void send("removeProfile", { id: p.id })} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing ? (
        <ProfileForm
          key={editing.profile?.id ?? "new"}
          editing={editing.profile}
          actions={extensionActions}
          onDone={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing({ profile: null })}>
          {t("commonAddProfile")}
        </button>
      )}
    </section>
  );
}
