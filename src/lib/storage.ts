// Every item we keep, with its default and its check on read. Tokens and attribution live in
// storage.session, which content scripts cannot read (its default access level is trusted contexts only)
// and which the browser empties when it closes.
import browser from "webextension-polyfill";
import type { ClientCredentials } from "./client-credentials";
import type { DocsOrigin } from "./docs-target";
import { asSignInRecord, type SignInRecord } from "./history";
import { MAX_TOKEN_LENGTH } from "./jwt";
import type { Application, Profile } from "./profile";
import { asTabLogin, type TabLogin } from "./sign-in-chain";
import {
  type AppliedDocs,
  asApplication,
  asAppliedDocs,
  asChoice,
  asClientCredentials,
  asDocsOrigin,
  asPendingSignIn,
  asProfile,
  asRenewal,
  asSecret,
  asSettings,
  asSignInOutcome,
  asStoredToken,
  asString,
  asTime,
  asTrue,
  type Choice,
  listOf,
  mapOf,
  orNull,
  type PendingSignIn,
  type Renewal,
  type Settings,
  type SignInOutcome,
  type StoredToken,
} from "./state";
import { type StorageApi, StorageItem } from "./storage-item";
import { isTerminalAccess, type TerminalAccess } from "./terminal";

/** The browser's storage, in the shape StorageItem takes. */
const api: StorageApi = { area: (name) => browser.storage[name], onChanged: browser.storage.onChanged };

export const profilesItem = new StorageItem<Profile[]>(api, "local", "profiles", listOf(asProfile));
export const lastChoiceItem = new StorageItem<Choice | null>(api, "local", "lastChoice", orNull(asChoice));
export const tokensItem = new StorageItem<Record<string, StoredToken>>(
  api,
  "session",
  "tokens",
  mapOf(asStoredToken),
);
export const tabLoginsItem = new StorageItem<Record<string, TabLogin>>(
  api,
  "session",
  "tabLogins",
  mapOf(asTabLogin),
);
export const pendingSignInItem = new StorageItem<PendingSignIn | null>(
  api,
  "session",
  "pendingSignIn",
  orNull(asPendingSignIn),
);
/** The last sign-in that ended without a token (refused, or none found), until the next one begins. */
export const signInOutcomeItem = new StorageItem<SignInOutcome | null>(
  api,
  "session",
  "signInOutcome",
  orNull(asSignInOutcome),
);
export const settingsItem = new StorageItem<Settings>(api, "local", "settings", asSettings);
/** The application the user pinned for a docs origin, by origin. */
export const docsPinsItem = new StorageItem<Record<string, Application>>(
  api,
  "local",
  "docsPins",
  mapOf(asApplication),
);
export const appliedDocsItem = new StorageItem<Record<string, AppliedDocs>>(
  api,
  "session",
  "appliedDocs",
  mapOf(asAppliedDocs),
);
/** Docs origins the user added, each with the profile whose tokens it gets. */
export const docsOriginsItem = new StorageItem<DocsOrigin[]>(
  api,
  "local",
  "docsOrigins",
  listOf(asDocsOrigin),
);
/** Each profile's client-credentials settings, without the secret. */
export const clientCredentialsItem = new StorageItem<Record<string, ClientCredentials>>(
  api,
  "local",
  "clientCredentials",
  mapOf(asClientCredentials),
);
/** Client secrets by profile, for this browser session; read by the background only. */
export const sessionSecretsItem = new StorageItem<Record<string, string>>(
  api,
  "session",
  "clientSecrets",
  mapOf(asSecret),
);
/** Client secrets the user chose to keep across restarts (an explicit opt-in); background only. */
export const keptSecretsItem = new StorageItem<Record<string, string>>(
  api,
  "local",
  "clientSecrets",
  mapOf(asSecret),
);
/** The last failed client-credentials request by profile (also a renewal nobody watched). */
export const clientTokenErrorsItem = new StorageItem<Record<string, string>>(
  api,
  "session",
  "clientTokenErrors",
  mapOf(asString),
);
/** The tokens already announced as expiring, by token key, as the capturedAt of the token announced. */
export const expiryNoticesItem = new StorageItem<Record<string, number>>(
  api,
  "session",
  "expiryNotices",
  mapOf(asTime),
);
/** A copy of the tokens in storage.local, only while the user opts in to keeping them across restarts. */
export const keptTokensItem = new StorageItem<Record<string, StoredToken>>(
  api,
  "local",
  "keptTokens",
  mapOf(asStoredToken),
);
/** Text selected for "Decode JWT", from the context menu to the decoder page, removed once read. */
export const decodeRequestItem = new StorageItem<string | null>(api, "session", "decodeRequest", (v) =>
  typeof v === "string" && v.length <= MAX_TOKEN_LENGTH * 4 ? v : null,
);
/** The last few sign-ins per profile and application: claims summary and times, never a token. */
export const historyItem = new StorageItem<SignInRecord[]>(api, "local", "history", listOf(asSignInRecord));
/** The captured-token pairs (by token key) that the user lets renew silently. */
export const silentRenewalItem = new StorageItem<Record<string, true>>(
  api,
  "local",
  "silentRenewal",
  mapOf(asTrue),
);
/** Tokens a silent renewal was tried for, as their capturedAt: at most one attempt per token. */
export const renewalAttemptsItem = new StorageItem<Record<string, number>>(
  api,
  "session",
  "renewalAttempts",
  mapOf(asTime),
);
/** The renewal under way, if any. */
export const renewalItem = new StorageItem<Renewal | null>(api, "session", "renewal", orNull(asRenewal));
/**
 * Terminal access per profile id: "ask" or "allow" (p1as-token over native messaging); a profile absent
 * here is "off", the default.
 */
export const terminalAccessItem = new StorageItem<Record<string, Exclude<TerminalAccess, "off">>>(
  api,
  "local",
  "terminalAccess",
  mapOf((v) => (isTerminalAccess(v) && v !== "off" ? v : undefined)),
);
