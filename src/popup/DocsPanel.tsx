import { useState } from "preact/hooks";
import { applicationOfHost, chooseToken } from "../lib/docs-target";
import { describeExpiry } from "../lib/expiry";
import { type Application, type Profile, profileLabel } from "../lib/profile";
import { type AppliedDocs, type StoredToken, tokenKey } from "../lib/state";
import { ApplicationSelect } from "../ui/selects";
import type { Actions } from "./actions";
import type { ActiveTab } from "./use-active-tab";

interface Props {
  tab: ActiveTab;
  profile: Profile;
  tokens: StoredToken[];
  pinned: Application | null;
  applied: AppliedDocs | undefined;
  now: number;
  actions: Actions;
}

/** On a profile's docs tab: which token applies there, and Apply now / Remove from page / Sign in again. */
export function DocsPanel({ tab, profile, tokens, pinned, applied, now, actions }: Props) {
  const [message, setMessage] = useState("");
  const { origin, hostname } = new URL(tab.url);
  const automatic = applicationOfHost(hostname);
  const app = pinned ?? automatic;
  const token = chooseToken(tokens, profile.id, app, now);
  const expired = !token && tokens.find((t) => t.profileId === profile.id && (app === null || t.app === app));
  const isApplied = token && applied?.tokenKey === tokenKey(token.profileId, token.app, token.source);

  const apply = async () => {
    setMessage("");
    const result = await actions.applyDocs(tab.id);
    setMessage(result.ok ? `Applied to ${result.schemes.join(", ") || "this page"}.` : result.error);
  };
  const remove = async () => {
    await actions.removeFromDocs(tab.id);
    setMessage("Removed from this page.");
  };

  return (
    <section class="card docs" aria-label="This page">
      <h2>
        This page · {profileLabel(profile)} <span class="muted">{hostname}</span>
      </h2>
      {token ? (
        <p>
          {isApplied
            ? `The ${token.app} token is applied here (${applied.schemes.join(", ")}), ${describeExpiry(token.exp, now)}.`
            : `The ${token.app} token (${describeExpiry(token.exp, now)}) is not applied here yet.`}
        </p>
      ) : expired ? (
        <p class="error">
          The {expired.app} token for this page {describeExpiry(expired.exp, now)}: it is not applied.
        </p>
      ) : (
        <p class="muted">No {app ?? ""} token for this page yet.</p>
      )}
      <ApplicationSelect
        label="Token for this page"
        value={pinned}
        automatic={`Automatic (${automatic ?? "newest"})`}
        onChange={(choice) => void actions.setDocsPin(origin, choice).then(apply)}
      />
      <div class="row wrap">
        {token && (
          <button type="button" class="primary" onClick={apply}>
            Apply now
          </button>
        )}
        {isApplied && (
          <button type="button" onClick={remove}>
            Remove from page
          </button>
        )}
        {!token && (
          <button
            type="button"
            class="primary"
            onClick={() => void actions.signIn(profile.id, app ?? "self-service")}
          >
            {expired ? "Sign in again" : "Sign in"}
          </button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
