import { useState } from "preact/hooks";
import {
  type Application,
  isProfileColour,
  PROFILE_COLOURS,
  type Profile,
  type ProfileColour,
  profileDomain,
  profileLabel,
} from "../lib/profile";
import { send } from "../lib/send";
import { extensionActions } from "../popup/actions";
import { ProfileForm } from "../popup/ProfileForm";
import { ApplicationSelect } from "../ui/selects";

type Editing = { profile: Profile | null } | null;

/**
 * The profiles: personal ones added, edited, removed (after a second click), reordered, coloured and given
 * the application Sign in offers first; the organisation's only shown.
 */
export function ProfilesList({ profiles }: { profiles: Profile[] }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const look = (p: Profile, colour: ProfileColour, defaultApp: Application | null) =>
    void send("setProfileLook", { id: p.id, colour, defaultApp });
  return (
    <section class="card" aria-label="Profiles">
      <h2>Profiles</h2>
      {profiles.length === 0 && <p class="muted">No profiles yet.</p>}
      <ul class="profiles">
        {profiles.map((p, i) => (
          <li key={p.id} class={`profile-row colour-${p.colour ?? "none"}`} aria-label={profileLabel(p)}>
            <span class="grow">
              {profileLabel(p)} <span class="muted">{profileDomain(p)}</span>
            </span>
            {p.managed ? (
              <span class="muted">Managed by your organisation</span>
            ) : (
              <div class="row wrap">
                <label class="field">
                  <span>Colour</span>
                  <select
                    value={p.colour ?? "none"}
                    onChange={(e) => {
                      const colour = e.currentTarget.value;
                      if (isProfileColour(colour)) look(p, colour, p.defaultApp ?? null);
                    }}
                  >
                    {PROFILE_COLOURS.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </label>
                <ApplicationSelect
                  label="Sign in first to"
                  value={p.defaultApp ?? null}
                  automatic="the last one used"
                  onChange={(app) => look(p, p.colour ?? "none", app)}
                />
                <button
                  type="button"
                  aria-label={`Move ${profileLabel(p)} up`}
                  disabled={i === 0 || profiles[i - 1]?.managed}
                  onClick={() => void send("moveProfile", { id: p.id, by: -1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${profileLabel(p)} down`}
                  disabled={i === profiles.length - 1}
                  onClick={() => void send("moveProfile", { id: p.id, by: 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Edit ${profileLabel(p)}`}
                  onClick={() => setEditing({ profile: p })}
                >
                  Edit
                </button>
                {confirming === p.id ? (
                  <button
                    type="button"
                    class="danger"
                    onClick={() => void send("removeProfile", { id: p.id })}
                  >
                    Remove {profileLabel(p)} and its tokens
                  </button>
                ) : (
                  <button
                    type="button"
                    aria-label={`Remove ${profileLabel(p)}`}
                    onClick={() => setConfirming(p.id)}
                  >
                    Remove
                  </button>
                )}
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
          Add profile
        </button>
      )}
    </section>
  );
}
