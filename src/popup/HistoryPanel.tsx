import { describeExpiry } from "../lib/expiry";
import type { SignInRecord } from "../lib/history";
import { formatDateTime, t } from "../lib/i18n";
import { type Profile, profileLabel } from "../lib/profile";
import { tokenName } from "../lib/token-name";

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
      <summary>{t("historyHeading", history.length)}</summary>
      {history.length === 0 && <p class="muted">{t("historyNone")}</p>}
      <ul class="history">
        {history.map((r) => {
          const profile = profiles.find((p) => p.id === r.profileId);
          return (
            <li key={`${r.profileId}/${r.app}/${r.at}/${r.givenTo ?? ""}`}>
              <strong>{tokenName(r)}</strong> · {profile ? profileLabel(profile) : t("commonRemovedProfile")}
              {r.givenTo === "terminal" && <> · {t("historyGivenToTerminal")}</>}
              {r.sub && <> · {r.sub}</>}
              <br />
              <span class="muted">
                {formatDateTime(r.at, "short", "short")} · {describeExpiry(r.exp, now)}
                {r.roles.length > 0 && <> · {r.roles.join(", ")}</>}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
