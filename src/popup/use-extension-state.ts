// The popup's view of storage: read once, then kept current through storage.onChanged. The popup only
// reads; every change goes through a message to the background.
import type { ClientCredentials } from "../lib/client-credentials";
import type { DocsOrigin } from "../lib/docs-target";
import type { SignInRecord } from "../lib/history";
import type { Application, Profile } from "../lib/profile";
import type { AppliedDocs, Choice, PendingSignIn, Settings, SignInOutcome, StoredToken } from "../lib/state";
import {
  appliedDocsItem,
  clientCredentialsItem,
  clientTokenErrorsItem,
  docsOriginsItem,
  docsPinsItem,
  historyItem,
  lastChoiceItem,
  pendingSignInItem,
  profilesItem,
  settingsItem,
  signInOutcomeItem,
  silentRenewalItem,
  tokensItem,
} from "../lib/storage";
import { useStorageItem } from "../ui/use-storage-item";

export interface ExtensionState {
  profiles: Profile[];
  tokens: Record<string, StoredToken>;
  lastChoice: Choice | null;
  pending: PendingSignIn | null;
  settings: Settings;
  docsPins: Record<string, Application>;
  appliedDocs: Record<string, AppliedDocs>;
  docsOrigins: DocsOrigin[];
  clientCredentials: Record<string, ClientCredentials>;
  clientTokenErrors: Record<string, string>;
  history: SignInRecord[];
  silentRenewal: Record<string, true>;
  outcome: SignInOutcome | null;
}

/** Reads every item once, so that the popup's first render can show the state at once. */
export function preloadExtensionState(): Promise<unknown> {
  return Promise.all(
    [
      profilesItem,
      tokensItem,
      lastChoiceItem,
      pendingSignInItem,
      settingsItem,
      docsPinsItem,
      appliedDocsItem,
      docsOriginsItem,
      clientCredentialsItem,
      clientTokenErrorsItem,
      historyItem,
      silentRenewalItem,
      signInOutcomeItem,
    ].map((item) => item.load()),
  );
}

/** The state, or undefined until every item has been read once. */
export function useExtensionState(): ExtensionState | undefined {
  const profiles = useStorageItem(profilesItem);
  const tokens = useStorageItem(tokensItem);
  const lastChoice = useStorageItem(lastChoiceItem);
  const pending = useStorageItem(pendingSignInItem);
  const settings = useStorageItem(settingsItem);
  const docsPins = useStorageItem(docsPinsItem);
  const appliedDocs = useStorageItem(appliedDocsItem);
  const docsOrigins = useStorageItem(docsOriginsItem);
  const clientCredentials = useStorageItem(clientCredentialsItem);
  const clientTokenErrors = useStorageItem(clientTokenErrorsItem);
  const history = useStorageItem(historyItem);
  const silentRenewal = useStorageItem(silentRenewalItem);
  const outcome = useStorageItem(signInOutcomeItem);
  if (
    profiles === undefined ||
    tokens === undefined ||
    lastChoice === undefined ||
    pending === undefined ||
    settings === undefined ||
    docsPins === undefined ||
    appliedDocs === undefined ||
    docsOrigins === undefined ||
    clientCredentials === undefined ||
    clientTokenErrors === undefined ||
    history === undefined ||
    silentRenewal === undefined ||
    outcome === undefined
  ) {
    return undefined;
  }
  return {
    profiles,
    tokens,
    lastChoice,
    pending,
    settings,
    docsPins,
    appliedDocs,
    docsOrigins,
    clientCredentials,
    clientTokenErrors,
    history,
    silentRenewal,
    outcome,
  };
}
