import { useState } from "preact/hooks";
import { APPLICATIONS, type Application, isApplication, type Profile, profileLabel } from "../lib/profile";
import type { Choice, PendingSignIn } from "../lib/state";
import type { Actions } from "./actions";

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
  const [app, setApp] = useState<Application>(remembered?.app ?? "self-service");
  const [error, setError] = useState("");
  const chosen = profiles.find((p) => p.id === profileId) ?? profiles[0];
  const waitingFor = pending && profiles.find((p) => p.id === pending.profileId);

  const signIn = async (event: Event) => {
    event.preventDefault();
    if (!chosen) return;
    setError("");
    const result = await actions.signIn(chosen.id, app);
    if (!result.ok) setError(result.error);
  };

  return (
    <form class="card" onSubmit={signIn}>
      <div class="row">
        <label class="field grow">
          <span>Profile</span>
          <select value={chosen?.id} onChange={(e) => setProfileId(e.currentTarget.value)}>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {profileLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <label class="field grow">
          <span>Application</span>
          <select
            value={app}
            onChange={(e) => isApplication(e.currentTarget.value) && setApp(e.currentTarget.value)}
          >
            {APPLICATIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="submit" class="primary">
        Sign in
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {waitingFor && pending && (
        <p class="waiting" role="status">
          Waiting for the {pending.app} sign-in to {profileLabel(waitingFor)}: finish signing in in the tab
          that opened.
        </p>
      )}
    </form>
  );
}
