// One typed item per storage key, with its default and its check on read (after fregante/webext-storage).
// Tokens and attribution live in storage.session, which content scripts cannot read (its default access
// level is trusted contexts only) and which the browser empties when it closes.
import browser from "webextension-polyfill";
import type { DocsOrigin } from "./docs-target";
import type { Application, Profile } from "./profile";
import {
  type AppliedDocs,
  asApplication,
  asAppliedDocs,
  asChoice,
  asDocsOrigin,
  asPendingSignIn,
  asProfile,
  asSettings,
  asStoredToken,
  asTabLogin,
  type Choice,
  listOf,
  mapOf,
  orNull,
  type PendingSignIn,
  type Settings,
  type StoredToken,
  type TabLogin,
} from "./state";

type Area = "local" | "session";

export class StorageItem<T> {
  constructor(
    readonly area: Area,
    readonly key: string,
    private readonly read: (stored: unknown) => T,
  ) {}

  async get(): Promise<T> {
    const stored = await browser.storage[this.area].get(this.key);
    return this.read(stored[this.key]);
  }

  set(value: T): Promise<void> {
    return browser.storage[this.area].set({ [this.key]: value });
  }

  /** Calls `callback` with the checked new value on every change; returns the function that stops it. */
  onChanged(callback: (value: T) => void): () => void {
    const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      const change = changes[this.key];
      if (area === this.area && change) callback(this.read(change.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }
}

export const profilesItem = new StorageItem<Profile[]>("local", "profiles", listOf(asProfile));
export const lastChoiceItem = new StorageItem<Choice | null>("local", "lastChoice", orNull(asChoice));
export const tokensItem = new StorageItem<Record<string, StoredToken>>(
  "session",
  "tokens",
  mapOf(asStoredToken),
);
export const tabLoginsItem = new StorageItem<Record<string, TabLogin>>(
  "session",
  "tabLogins",
  mapOf(asTabLogin),
);
export const pendingSignInItem = new StorageItem<PendingSignIn | null>(
  "session",
  "pendingSignIn",
  orNull(asPendingSignIn),
);
export const settingsItem = new StorageItem<Settings>("local", "settings", asSettings);
/** The application the user pinned for a docs origin, by origin. */
export const docsPinsItem = new StorageItem<Record<string, Application>>(
  "local",
  "docsPins",
  mapOf(asApplication),
);
export const appliedDocsItem = new StorageItem<Record<string, AppliedDocs>>(
  "session",
  "appliedDocs",
  mapOf(asAppliedDocs),
);
/** Docs origins the user added, each with the profile whose tokens it gets. */
export const docsOriginsItem = new StorageItem<DocsOrigin[]>("local", "docsOrigins", listOf(asDocsOrigin));
