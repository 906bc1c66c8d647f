import { useState } from "preact/hooks";
import { t } from "../lib/i18n";
import type { Application, Profile } from "../lib/profile";
import { profileLabel } from "../lib/profile";
import type { Choice, PendingSignIn } from "../lib/state";
import type { Actions } from "../ui/actions";
import { ApplicationSelect, ProfileSelect } from "../ui/selects";

interface Props {
  profiles: Profile[];
  lastChoice: Choice | null;
  pending: PendingSignIn | null;
  actions: Actions;
}

/** Pick a profile and an application, then open the login URL. */
export function SignInPanel({ profiles, lastChoice, pending, actions }: Props) {
  const remembered = profiles.some((p) => p.id === lastChoice?.profileId) ? lastChoice : null;
  const [profileId, setProfileId] = useState(remembered?.profileId ?? profiles[0]?.id ?? "");
  const firstApp = (id: string) => profiles.find((p) => p.id === id)?.defaultApp;
  const [app, setApp] = useState<Application>(
    remembered?.app ?? firstApp(profiles[0]?.id ?? "") ?? "self-service",
  );
  // Another profile brings its own first application, where it has one.
  const chooseProfile = (id: string) => {
    setProfileId(id);
    const preferred = firstApp(id);
    if (preferred) setApp(preferred);
  };
  const [error, setError] = useState("");
  const chosen = profiles.find((p) => p.id === profileId) ?? profiles[0];
  const waitingFor = pending && profiles.find((p) => p.id === pending.profileId);

  const signIn = async (event: Event) => {
    event.preventDefault();
    if (!chosen) return;
    setError("");
    const result = await actions
      .send("signIn", { profileId: chosen.id, app })
      .catch(() => ({ ok: false as const, error: t("commonNotAnswered") }));
    if (!result.ok) setError(result.error);
  };

  return (
    <form class="card" onSubmit={signIn}>
      <div class="row">
        <ProfileSelect profiles={profiles} value={chosen?.id} onChange={chooseProfile} />
        <ApplicationSelect label={t("commonApplication")} value={app} onChange={(a) => a && setApp(a)} />
      </div>
      <button type="submit" class="primary">
        {t("commonSignIn")}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {waitingFor && pending && (
        <p class="waiting" role="status">
          {t("popupWaiting", pending.app, profileLabel(waitingFor))}
        </p>
      )}
    </form>
  );
}
