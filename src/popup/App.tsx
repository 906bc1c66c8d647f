import { useState } from "preact/hooks";
import { docsTarget } from "../lib/docs-target";
import { t } from "../lib/i18n";
import type { Profile } from "../lib/profile";
import type { Actions } from "../ui/actions";
import { PasteDecoder } from "../ui/PasteDecoder";
import { ProfileForm } from "../ui/ProfileForm";
import { SettingsPanel } from "../ui/SettingsPanel";
import { ClientCredentialsPanel } from "./ClientCredentialsPanel";
import { DocsPanel } from "./DocsPanel";
import { HistoryPanel } from "./HistoryPanel";
import { HostAccessNotice } from "./HostAccessNotice";
import { ProfilesPanel } from "./ProfilesPanel";
import { SignInOutcomeNotice } from "./SignInOutcomeNotice";
import { SignInPanel } from "./SignInPanel";
import { TokenCard } from "./TokenCard";
import { useActiveTab } from "./use-active-tab";
import { useExtensionState } from "./use-extension-state";
import { useHostAccess } from "./use-host-access";
import { useNow } from "./use-now";

/** What the form is for: nothing open, a new profile (null), or an existing one. */
type Editing = { profile: Profile | null } | null;

export function App({ actions }: { actions: Actions }) {
  const state = useExtensionState();
  const activeTab = useActiveTab();
  const missingHosts = useHostAccess();
  const now = useNow();
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState("");

  if (!state) return <main aria-busy="true" />;
  const { profiles, tokens, lastChoice, pending, settings, docsPins, appliedDocs, docsOrigins } = state;
  const entries = Object.entries(tokens).sort(([, a], [, b]) => b.capturedAt - a.capturedAt);
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
          <SignInPanel profiles={profiles} lastChoice={lastChoice} pending={pending} actions={actions} />
          {outcomeProfile && state.outcome && (
            <SignInOutcomeNotice outcome={state.outcome} profile={outcomeProfile} actions={actions} />
          )}
          <section aria-label={t("commonTokens")}>
            {entries.length === 0 && <p class="muted">{t("popupNoTokens")}</p>}
            {entries.map(([key, token]) => {
              const profile = profiles.find((p) => p.id === token.profileId);
              return (
                profile && (
                  <TokenCard
                    key={key}
                    tokenKey={key}
                    token={token}
                    profile={profile}
                    now={now}
                    renewsSilently={state.silentRenewal[key] === true}
                    actions={actions}
                    onCopied={setStatus}
                  />
                )
              );
            })}
          </section>
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
      <p class="status" role="status">
        {status}
      </p>
    </main>
  );
}
