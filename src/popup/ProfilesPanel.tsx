import { useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { type Profile, profileDomain, profileLabel } from "../lib/profile";
import type { Actions } from "../ui/actions";

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
  const [confirming, setConfirming] = useState<string | null>(null);
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
                {confirming === p.id ? (
                  <button
                    type="button"
                    class="danger"
                    onClick={() => void actions.send("removeProfile", { id: p.id })}
                  >
                    {t("commonRemoveProfileConfirm", profileLabel(p))}
                  </button>
                ) : (
                  <button
                    type="button"
                    onClick={() => setConfirming(p.id)}
                    aria-label={t("commonRemoveNamed", profileLabel(p))}
                  >
                    {t("commonRemove")}
                  </button>
                )}
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
