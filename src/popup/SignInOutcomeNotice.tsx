import { useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { type Profile, profileLabel } from "../lib/profile";
import type { SignInOutcome } from "../lib/state";
import type { Actions } from "../ui/actions";

/** Ping's page on signing in for an admin API token, which says how the roles are assigned. */
const ROLES_DOCS =
  "https://docs.pingidentity.com/pingoneadvancedservices/task_summary_table/p1as_platform_api_config.html";

/** Role names as P1AS lists them, in its order: they are copied into a request to an administrator. */
const asListed = (roles: string[]) => roles.join(", ");

/**
 * The last sign-in ended without a token: P1AS refused the account (with the roles it asks for), or the
 * page showed none we could find (then a token copied from it can be pasted for that sign-in).
 */
export function SignInOutcomeNotice({
  outcome,
  profile,
  actions,
}: {
  outcome: SignInOutcome;
  profile: Profile;
  actions: Actions;
}) {
  const [pasted, setPasted] = useState("");
  const [message, setMessage] = useState("");
  const where = profileLabel(profile);
  const paste = async (event: Event) => {
    event.preventDefault();
    setMessage("");
    const result = await actions.send("pasteToken", {
      profileId: profile.id,
      app: outcome.app,
      token: pasted,
    });
    if (!result.ok) setMessage(result.error);
  };

  if (outcome.kind === "refused") {
    return (
      <section class="card outcome error" role="alert">
        <p>{t("outcomeRefused", outcome.app, where)}</p>
        {outcome.required.length > 0 && <p>{t("outcomeRequired", asListed(outcome.required))}</p>}
        <p>
          {outcome.provided.length > 0
            ? t("outcomeProvided", asListed(outcome.provided))
            : t("outcomeProvidedNone")}
        </p>
        <a href={ROLES_DOCS} target="_blank" rel="noreferrer">
          {t("outcomeRolesDocs")}
        </a>
      </section>
    );
  }
  return (
    <section class="card outcome" role="alert">
      <p>{t("outcomeNoToken", outcome.app, where)}</p>
      <form class="row wrap" onSubmit={paste}>
        <label class="field grow">
          <span>{t("outcomePasteLabel")}</span>
          <textarea rows={3} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          {t("outcomePaste")}
        </button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
