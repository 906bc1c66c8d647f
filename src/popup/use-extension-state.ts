// The popup's view of storage: read once, then kept current through storage.onChanged. The popup only
// reads; every change goes through a message to the background.
import { useEffect, useState } from "preact/hooks";
import type { Application, Profile } from "../lib/profile";
import type { AppliedDocs, Choice, PendingSignIn, Settings, StoredToken } from "../lib/state";
import {
  appliedDocsItem,
  docsPinsItem,
  lastChoiceItem,
  pendingSignInItem,
  profilesItem,
  type StorageItem,
  settingsItem,
  tokensItem,
} from "../lib/storage";

export interface ExtensionState {
  profiles: Profile[];
  tokens: Record<string, StoredToken>;
  lastChoice: Choice | null;
  pending: PendingSignIn | null;
  settings: Settings;
  docsPins: Record<string, Application>;
  appliedDocs: Record<string, AppliedDocs>;
}

function useItem<T>(item: StorageItem<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let changed = false;
    const stop = item.onChanged((next) => {
      changed = true;
      setValue(next);
    });
    // A change that lands while the first read is in flight is newer than what that read returns.
    void item.get().then((first) => changed || setValue(first));
    return stop;
  }, [item]);
  return value;
}

/** The state, or undefined until every item has been read once. */
export function useExtensionState(): ExtensionState | undefined {
  const profiles = useItem(profilesItem);
  const tokens = useItem(tokensItem);
  const lastChoice = useItem(lastChoiceItem);
  const pending = useItem(pendingSignInItem);
  const settings = useItem(settingsItem);
  const docsPins = useItem(docsPinsItem);
  const appliedDocs = useItem(appliedDocsItem);
  if (
    profiles === undefined ||
    tokens === undefined ||
    lastChoice === undefined ||
    pending === undefined ||
    settings === undefined ||
    docsPins === undefined ||
    appliedDocs === undefined
  ) {
    return undefined;
  }
  return { profiles, tokens, lastChoice, pending, settings, docsPins, appliedDocs };
}
