import { type Profile, profileDomain, profileLabel } from "../lib/profile";

/** The profiles, the organisation's marked as such: personal ones are added and edited in the popup. */
export function ProfilesList({ profiles }: { profiles: Profile[] }) {
  return (
    <section class="card" aria-label="Profiles">
      <h2>Profiles</h2>
      {profiles.length === 0 && <p class="muted">No profiles yet: add one in the toolbar popup.</p>}
      <ul class="profiles">
        {profiles.map((p) => (
          <li key={p.id} class="row">
            <span class="grow">
              {profileLabel(p)} <span class="muted">{profileDomain(p)}</span>
            </span>
            <span class="muted">
              {p.managed ? "Managed by your organisation" : "Personal: edit in the popup"}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
