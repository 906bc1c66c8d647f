import { t } from "../lib/i18n";
import { type Profile, profileDomain, profileLabel } from "../lib/profile";
import type { Actions } from "../ui/actions";
import { RemoveProfileButton } from "../ui/RemoveProfileButton";

interface Props {
  profiles: Profile[];
  actions: Actions;
  onEdit: (profile: Profile | null) => void;
}

/**
 * The saved profiles, each with Edit and a Remove that asks once more (it also drops the profile's tokens);
 * a profile the organisation manages is only shown.
 */
export function ProfilesPanel({ profiles, actions, onEdit }: Props) {
  return (
    <details class="card">
      <summary>{t("popupProfilesHeading", profiles.length)}</summary>
      <ul class="profiles">
        {profiles.map((p) => (
          <li key={p.id} class="row">
            <span class="grow">
              {profileLabel(p)} <span class="muted">{profileDomain(p)}</span>
            </span>
            {p.managed ? (
              <span class="muted">{t("commonManaged")}</span>
            ) : (
              <>
                <button
                  type="button"
                  onClick={() => onEdit(p)}
                  aria-label={t("commonEditNamed", profileLabel(p))}
                >
                  {t("commonEdit")}
                </button>
                <RemoveProfileButton
                  profile={p}
                  onRemove={() => void actions.send("removeProfile", { id: p.id })}
                />
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onEdit(null)}>
        {t("commonAddProfile")}
      </button>
    </details>
  );
}
