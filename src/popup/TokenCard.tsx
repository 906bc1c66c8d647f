import { useMemo, useState } from "preact/hooks";
import { authorizationHeader, claimsJson, curlCommand } from "../lib/copy-formats";
import { describeExpiry, expiryState } from "../lib/expiry";
import { t } from "../lib/i18n";
import { decodeJwt } from "../lib/jwt";
import { type Profile, profileLabel, selfServiceHost } from "../lib/profile";
import type { StoredToken } from "../lib/state";
import { tokenName } from "../lib/token-name";
import type { Actions } from "../ui/actions";
import { ClaimsView } from "../ui/ClaimsView";

interface Props {
  tokenKey: string;
  token: StoredToken;
  profile: Profile;
  now: number;
  /** This captured token's pair renews silently before it expires (an opt-in). */
  renewsSilently: boolean;
  actions: Actions;
  /** The status to show once copied. */
  onCopied: (status: string) => void;
}

/** One stored token: what it is for, how long it lives, its claims, and the ways to copy it. */
export function TokenCard({ tokenKey, token, profile, now, renewsSilently, actions, onCopied }: Props) {
  const [open, setOpen] = useState(false);
  const decoded = useMemo(() => decodeJwt(token.raw), [token.raw]);
  const what = tokenName(token);
  const title = t("commonTokenOfProfile", what, profileLabel(profile));
  const copy = (status: string, text: string) => () => void actions.copy(text).then(() => onCopied(status));
  const sub = decoded.ok ? decoded.jwt.claims.sub : undefined;
  return (
    <article
      class={`card token ${expiryState(token.exp, now)} colour-${profile.colour ?? "none"}`}
      aria-label={title}
    >
      <header class="row">
        <h2>
          <span class="app">{what}</span> <span class="profile">{profileLabel(profile)}</span>
        </h2>
        <span class="expiry">{describeExpiry(token.exp, now)}</span>
      </header>
      {typeof sub === "string" && (
        <p class="sub">
          <span class="muted">{t("tokenSub")}</span> {sub}
        </p>
      )}
      <div class="row wrap">
        <button type="button" onClick={copy(t("tokenCopied"), token.raw)}>
          {t("tokenCopy")}
        </button>
        <button type="button" onClick={copy(t("tokenCopiedHeader"), authorizationHeader(token.raw))}>
          {t("tokenCopyHeader")}
        </button>
        <button
          type="button"
          onClick={copy(t("tokenCopiedCurl"), curlCommand(token.raw, selfServiceHost(profile)))}
        >
          {t("tokenCopyCurl")}
        </button>
        {decoded.ok && (
          <button type="button" onClick={copy(t("tokenCopiedClaims"), claimsJson(decoded.jwt.claims))}>
            {t("tokenCopyClaims")}
          </button>
        )}
        <button
          type="button"
          class="danger"
          onClick={() => void actions.send("removeToken", { key: tokenKey })}
        >
          {t("commonRemove")}
        </button>
      </div>
      {token.source === "capture" && (
        <label class="row">
          <input
            type="checkbox"
            checked={renewsSilently}
            onChange={(e) =>
              void actions.send("setSilentRenewal", { key: tokenKey, on: e.currentTarget.checked })
            }
          />
          <span>{t("tokenRenewSilently")}</span>
        </label>
      )}
      {decoded.ok ? (
        // Claims are rendered only once opened: fifty closed cards must paint at once.
        <details onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t("tokenDecoded")}</summary>
          {open && <ClaimsView jwt={decoded.jwt} />}
        </details>
      ) : (
        <p class="error">{decoded.error}</p>
      )}
    </article>
  );
}
