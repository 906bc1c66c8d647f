import { useState } from "preact/hooks";
import { type Profile, profileDomain, profileLabel } from "../lib/profile";
import type { Actions } from "./actions";

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
      <summary>Profiles ({profiles.length})</summary>
      <ul class="profiles">
        {profiles.map((p) => (
          <li key={p.id} class="row">
            <span class="grow">
              {profileLabel(p)} <span class="muted">{profileDomain(p)}</span>
            </span>
            {p.managed ? (
              <span class="muted">Managed by your organisation</span>
            ) : (
              <>
                <button type="button" onClick={() => onEdit(p)} aria-label={`Edit ${profileLabel(p)}`}>
                  Edit
                </button>
                {confirming === p.id ? (
                  <button type="button" class="danger" onClick={() => void actions.removeProfile(p.id)}>
                    Remove {profileLabel(p)} and its tokens
                  </button>
                ) : (
                  <button
                    type="button"
                    onClick={() => setConfirming(p.id)}
                    aria-label={`Remove ${profileLabel(p)}`}
                  >
                    Remove
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onEdit(null)}>
        Add profile
      </button>
    </details>
  );
}
