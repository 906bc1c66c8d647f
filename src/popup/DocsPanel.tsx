import { useState } from "preact/hooks";
import { chooseToken, type DocsTarget } from "../lib/docs-target";
import { describeExpiry } from "../lib/expiry";
import { t } from "../lib/i18n";
import { type Application, profileLabel } from "../lib/profile";
import { type AppliedDocs, type StoredToken, tokenKey } from "../lib/state";
import type { Actions } from "../ui/actions";
import { ApplicationSelect } from "../ui/selects";
import type { ActiveTab } from "./active-tab";

interface Props {
  tab: ActiveTab;
  target: DocsTarget;
  tokens: StoredToken[];
  pinned: Application | null;
  applied: AppliedDocs | undefined;
  now: number;
  actions: Actions;
}

/** On a docs tab: which token applies there, and Apply now / Remove from page / Sign in again. */
export function DocsPanel({ tab, target, tokens, pinned, applied, now, actions }: Props) {
  const [message, setMessage] = useState("");
  const { profile, origin, automatic } = target;
  const { hostname } = new URL(tab.url);
  const app = pinned ?? automatic;
  const token = chooseToken(tokens, profile.id, app, now);
  const expired = !token && tokens.find((t) => t.profileId === profile.id && t.app === app);
  const isApplied = token && applied?.tokenKey === tokenKey(token.profileId, token.app, token.source);

  const apply = async () => {
    setMessage("");
    const result = await actions.send("applyDocs", { tabId: tab.id });
    if (!result.ok) return setMessage(result.error);
    const schemes = result.schemes.join(", ");
    setMessage(schemes ? t("docsAppliedTo", schemes) : t("docsAppliedToPage"));
  };
  const remove = async () => {
    await actions.send("removeFromDocs", { tabId: tab.id });
    setMessage(t("docsRemoved"));
  };

  return (
    <section class="card docs" aria-label={t("docsThisPage")}>
      <h2>
        {t("docsHeading", profileLabel(profile))} <span class="muted">{hostname}</span>
      </h2>
      {token ? (
        <p>
          {isApplied
            ? t("docsApplied", token.app, applied.schemes.join(", "), describeExpiry(token.exp, now))
            : t("docsNotApplied", token.app, describeExpiry(token.exp, now))}
        </p>
      ) : expired ? (
        <p class="error">{t("docsExpired", expired.app, describeExpiry(expired.exp, now))}</p>
      ) : (
        <p class="muted">{t("docsNoAppToken", app)}</p>
      )}
      <ApplicationSelect
        label={t("docsTokenFor")}
        value={pinned}
        automatic={t("docsAutomatic", automatic)}
        onChange={(choice) => void actions.send("setDocsPin", { origin, app: choice }).then(apply)}
      />
      <div class="row wrap">
        {token && (
          <button type="button" class="primary" onClick={apply}>
            {isApplied ? t("docsAppliedShort") : t("docsApplyNow")}
          </button>
        )}
        {isApplied && (
          <button type="button" onClick={remove}>
            {t("docsRemoveFromPage")}
          </button>
        )}
        {!token && (
          <button
            type="button"
            class="primary"
            onClick={() => void actions.send("signIn", { profileId: profile.id, app })}
          >
            {expired ? t("commonSignInAgainTo", app) : t("commonSignInTo", app)}
          </button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
