import { useMemo, useState } from "preact/hooks";
import { docsTarget } from "../lib/docs-target";
import type { MissingHosts } from "../lib/host-access";
import { t } from "../lib/i18n";
import type { Profile } from "../lib/profile";
import { listTokens } from "../lib/token-list";
import type { Actions } from "../ui/actions";
import { PasteDecoder } from "../ui/PasteDecoder";
import { ProfileForm } from "../ui/ProfileForm";
import { SettingsPanel } from "../ui/SettingsPanel";
import type { ActiveTab } from "./active-tab";
import { ClientCredentialsPanel } from "./ClientCredentialsPanel";
import { DocsPanel } from "./DocsPanel";
import { HistoryPanel } from "./HistoryPanel";
import { HostAccessNotice } from "./HostAccessNotice";
import { ProfilesPanel } from "./ProfilesPanel";
import { SignInOutcomeNotice } from "./SignInOutcomeNotice";
import { SignInPanel } from "./SignInPanel";
import { TokenList } from "./TokenList";
import { useExtensionState } from "./use-extension-state";
import { useFlash } from "./use-flash";
import { useHostAccess } from "./use-host-access";
import { useNow } from "./use-now";

/** What the form is for: nothing open, a new profile (null), or an existing one. */
type Editing = { profile: Profile | null } | null;

interface Props {
  actions: Actions;
  /** Read before the first render, as the state is: a first frame without them would render again. */
  activeTab: ActiveTab | null;
  hostsMissing: MissingHosts[];
}

export function App({ actions, activeTab, hostsMissing }: Props) {
  const state = useExtensionState();
  const missingHosts = useHostAccess(hostsMissing);
  const now = useNow();
  const [editing, setEditing] = useState<Editing>(null);
  const [status, announce] = useFlash<string>(4000);

  // Ordered once per change of tokens, profiles or tab, not on every tick of the clock.
  const listed = useMemo(
    () => (state ? listTokens(state.tokens, state.profiles, activeTab?.url ?? null) : []),
    [state?.tokens, state?.profiles, activeTab?.url],
  );

  if (!state) return <main aria-busy="true" />;
  const { profiles, tokens, lastChoice, pending, settings, docsPins, appliedDocs, docsOrigins } = state;
  const docsOf = activeTab && docsTarget(profiles, docsOrigins, activeTab.url);
  const outcomeProfile = profiles.find((p) => p.id === state.outcome?.profileId);

  return (
    <main>
      <h1>{t("extName")}</h1>
      <HostAccessNotice missing={missingHosts} />
      {profiles.length === 0 || editing ? (
        <ProfileForm
          key={editing?.profile?.id ?? "new"}
          editing={editing?.profile ?? null}
          actions={actions}
          onDone={profiles.length === 0 ? null : () => setEditing(null)}
        />
      ) : (
        <>
          {activeTab && docsOf && (
            <DocsPanel
              tab={activeTab}
              target={docsOf}
              tokens={Object.values(tokens)}
              pinned={docsPins[docsOf.origin] ?? null}
              applied={appliedDocs[activeTab.id]}
              now={now}
              actions={actions}
            />
          )}
          <TokenList
            listed={listed}
            now={now}
            silentRenewal={state.silentRenewal}
            actions={actions}
            announce={announce}
          />
          <SignInPanel profiles={profiles} lastChoice={lastChoice} pending={pending} actions={actions} />
          {outcomeProfile && state.outcome && (
            <SignInOutcomeNotice outcome={state.outcome} profile={outcomeProfile} actions={actions} />
          )}
          <ProfilesPanel
            profiles={profiles}
            actions={actions}
            onEdit={(profile) => setEditing({ profile })}
          />
          <ClientCredentialsPanel
            profiles={profiles}
            saved={state.clientCredentials}
            errors={state.clientTokenErrors}
            actions={actions}
          />
          <HistoryPanel history={state.history} profiles={profiles} now={now} />
          <PasteDecoder />
          <SettingsPanel settings={settings} setSettings={(change) => actions.send("setSettings", change)} />
        </>
      )}
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </main>
  );
}
