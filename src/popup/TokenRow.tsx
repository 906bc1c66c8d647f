import { useMemo, useState } from "preact/hooks";
import { authorizationHeader, claimsJson, curlCommand } from "../lib/copy-formats";
import { describeExpiry, expiryState } from "../lib/expiry";
import { t } from "../lib/i18n";
import { decodeJwt } from "../lib/jwt";
import { profileLabel, selfServiceHost } from "../lib/profile";
import type { ListedToken } from "../lib/token-list";
import { tokenName } from "../lib/token-name";
import type { Actions } from "../ui/actions";
import { ClaimsView } from "../ui/ClaimsView";
import { CopyButton } from "./CopyButton";

interface Props {
  listed: ListedToken;
  now: number;
  /** This captured token's pair renews silently before it expires (an opt-in). */
  renewsSilently: boolean;
  actions: Actions;
  announce: (text: string) => void;
  onRemove: (listed: ListedToken) => void;
}

/**
 * One stored token in one row: what it is for, whose it is, how long it lives, and its main action (Copy
 * token; Sign in again once it has expired). More opens the other copies, Remove, Renew silently and the
 * decoded claims; the claims are rendered only then, so fifty closed rows paint at once.
 */
export function TokenRow({ listed, now, renewsSilently, actions, announce, onRemove }: Props) {
  const { key, token, profile, onThisPage } = listed;
  const [open, setOpen] = useState(false);
  // Decoded only when More shows the claims, or for a token stored before it kept its subject.
  const decoded = useMemo(
    () => (open || token.sub === undefined ? decodeJwt(token.raw) : null),
    [token.raw, token.sub, open],
  );
  const what = tokenName(token);
  const state = expiryState(token.exp, now);
  const expired = state === "expired";
  const sub = token.sub ?? (decoded?.ok ? decoded.jwt.claims.sub : undefined);
  const moreId = `more-${key}`;
  const copyProps = { copy: actions.copy, announce };
  const renew = () =>
    void (token.source === "client-credentials"
      ? actions.send("getClientToken", { profileId: profile.id })
      : actions.send("signIn", { profileId: profile.id, app: token.app }));
  const copyToken = (primary: boolean) => (
    <CopyButton
      label={t("tokenCopy")}
      text={token.raw}
      announcement={t("tokenCopied")}
      primary={primary}
      {...copyProps}
    />
  );

  return (
    <article
      class={`token ${state} colour-${profile.colour ?? "none"}`}
      aria-label={t("commonTokenOfProfile", what, profileLabel(profile))}
    >
      <h2 class="token-name">
        <strong>{what}</strong> <span class="profile">{profileLabel(profile)}</span>
        {onThisPage && <span class="badge">{t("tokenOnThisPage")}</span>}
      </h2>
      <span class="expiry">{describeExpiry(token.exp, now)}</span>
      <span class="sub">
        {typeof sub === "string" && (
          <>
            <span class="visually-hidden">{t("tokenSub")} </span>
            {sub}
          </>
        )}
      </span>
      {expired ? (
        <button type="button" class="primary" onClick={renew}>
          {token.source === "client-credentials" ? t("credentialsGetNewToken") : t("commonSignInAgain")}
        </button>
      ) : (
        copyToken(true)
      )}
      <button type="button" aria-expanded={open} aria-controls={moreId} onClick={() => setOpen(!open)}>
        {t("tokenMore")}
      </button>
      {open && (
        <div id={moreId} class="token-more">
          {expired && <p class="error">{t("tokenExpiredWarning")}</p>}
          <div class="row wrap">
            {expired && copyToken(false)}
            <CopyButton
              label={t("tokenCopyHeader")}
              text={authorizationHeader(token.raw)}
              announcement={t("tokenCopiedHeader")}
              {...copyProps}
            />
            <CopyButton
              label={t("tokenCopyCurl")}
              text={curlCommand(token.raw, selfServiceHost(profile))}
              announcement={t("tokenCopiedCurl")}
              {...copyProps}
            />
            {decoded?.ok && (
              <CopyButton
                label={t("tokenCopyClaims")}
                text={claimsJson(decoded.jwt.claims)}
                announcement={t("tokenCopiedClaims")}
                {...copyProps}
              />
            )}
            <button type="button" class="danger" onClick={() => onRemove(listed)}>
              {t("commonRemove")}
            </button>
          </div>
          {token.source === "capture" && !expired && (
            <>
              <label class="row">
                <input
                  type="checkbox"
                  checked={renewsSilently}
                  aria-describedby={`${moreId}-renew`}
                  onChange={(e) =>
                    void actions.send("setSilentRenewal", { key, on: e.currentTarget.checked })
                  }
                />
                <span>{t("tokenRenewSilently")}</span>
              </label>
              <p id={`${moreId}-renew`} class="muted hint">
                {t("tokenRenewSilentlyHint")}
              </p>
            </>
          )}
          {decoded?.ok ? (
            <div>
              <h3>{t("tokenDecoded")}</h3>
              <ClaimsView jwt={decoded.jwt} />
            </div>
          ) : (
            decoded && <p class="error">{decoded.error}</p>
          )}
        </div>
      )}
    </article>
  );
}
