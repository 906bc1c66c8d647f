import { useMemo, useState } from "preact/hooks";
import { authorizationHeader, claimsJson, curlCommand } from "../lib/copy-formats";
import { describeExpiry, expiryState } from "../lib/expiry";
import { decodeJwt } from "../lib/jwt";
import { type Profile, profileLabel, selfServiceHost } from "../lib/profile";
import type { StoredToken } from "../lib/state";
import type { Actions } from "./actions";
import { ClaimsView } from "./ClaimsView";

interface Props {
  tokenKey: string;
  token: StoredToken;
  profile: Profile;
  now: number;
  /** This captured token's pair renews silently before it expires (an opt-in). */
  renewsSilently: boolean;
  actions: Actions;
  onCopied: (what: string) => void;
}

/** One stored token: what it is for, how long it lives, its claims, and the ways to copy it. */
export function TokenCard({ tokenKey, token, profile, now, renewsSilently, actions, onCopied }: Props) {
  const [open, setOpen] = useState(false);
  const decoded = useMemo(() => decodeJwt(token.raw), [token.raw]);
  const minted = token.source === "client-credentials";
  const what = minted ? `${token.app} (client credentials)` : token.app;
  const title = `${what} · ${profileLabel(profile)}`;
  const copy = (what: string, text: string) => () => void actions.copy(text).then(() => onCopied(what));
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
          <span class="muted">sub</span> {sub}
        </p>
      )}
      <div class="row wrap">
        <button type="button" onClick={copy("token", token.raw)}>
          Copy token
        </button>
        <button type="button" onClick={copy("Authorization header", authorizationHeader(token.raw))}>
          Copy Authorization header
        </button>
        <button
          type="button"
          onClick={copy("curl command", curlCommand(token.raw, selfServiceHost(profile)))}
        >
          Copy as curl
        </button>
        {decoded.ok && (
          <button type="button" onClick={copy("claims", claimsJson(decoded.jwt.claims))}>
            Copy claims
          </button>
        )}
        <button type="button" class="danger" onClick={() => void actions.removeToken(tokenKey)}>
          Remove
        </button>
      </div>
      {token.source === "capture" && (
        <label class="row">
          <input
            type="checkbox"
            checked={renewsSilently}
            onChange={(e) => void actions.setSilentRenewal(tokenKey, e.currentTarget.checked)}
          />
          <span>
            Renew silently: shortly before it expires, sign in again in a background tab while your sign-on
            session lasts
          </span>
        </label>
      )}
      {decoded.ok ? (
        // Claims are rendered only once opened: fifty closed cards must paint at once.
        <details onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>Decoded header and claims</summary>
          {open && <ClaimsView jwt={decoded.jwt} />}
        </details>
      ) : (
        <p class="error">{decoded.error}</p>
      )}
    </article>
  );
}
