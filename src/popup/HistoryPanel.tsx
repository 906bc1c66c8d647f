import { describeExpiry } from "../lib/expiry";
import type { SignInRecord } from "../lib/history";
import { type Profile, profileLabel } from "../lib/profile";

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: "short", timeStyle: "short" });

/** The last sign-ins per profile and application: what each token said, never the token. */
export function HistoryPanel({
  history,
  profiles,
  now,
}: {
  history: SignInRecord[];
  profiles: Profile[];
  now: number;
}) {
  return (
    <details class="card">
      <summary>Sign-in history ({history.length})</summary>
      {history.length === 0 && <p class="muted">No sign-ins yet.</p>}
      <ul class="history">
        {history.map((r) => {
          const profile = profiles.find((p) => p.id === r.profileId);
          const what = r.source === "capture" ? r.app : `${r.app} (client credentials)`;
          return (
            <li key={`${r.profileId}/${r.app}/${r.at}`}>
              <strong>{what}</strong> · {profile ? profileLabel(profile) : "removed profile"}
              {r.sub && <> · {r.sub}</>}
              <br />
              <span class="muted">
                {WHEN.format(r.at)} · {describeExpiry(r.exp, now)}
                {r.roles.length > 0 && <> · {r.roles.join(", ")}</>}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
