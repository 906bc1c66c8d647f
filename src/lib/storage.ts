// Every item we keep, declared once: area, key, check, version and the migrations from every earlier
// version (src/lib/versioned.ts says how they are stored and read). Tokens and attribution live in
// storage.session, which content scripts cannot read (its default access level is trusted contexts only)
// and which the browser empties when it closes; session items have no version (SESSION_NEVER_OLDER).
import browser from "webextension-polyfill";
import { type Check, listOf, mapOf, orNull } from "./checks";
import type { ClientCredentials } from "./client-credentials";
import type { DocsOrigin } from "./docs-target";
import { asSignInRecord, type SignInRecord } from "./history";
import { MAX_TOKEN_LENGTH } from "./jwt";
import { type KeptAside, keptAsideDeclaration } from "./kept-aside";
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
  asSignInOutcome,
  asStoredToken,
  asString,
  asTime,
  asTrue,
  type Choice,
  checkSettings,
  type PendingSignIn,
  type Renewal,
  type Settings,
  type SignInOutcome,
  type StoredToken,
} from "./state";
import { type Area, type StorageApi, StorageItem } from "./storage-item";
import { isTerminalAccess, type TerminalAccess } from "./terminal";
import { decode, encode, type ItemDeclaration } from "./versioned";

/** The browser's storage, in the shape StorageItem takes. */
export const storageApi: StorageApi = {
  area: (name) => browser.storage[name],
  onChanged: browser.storage.onChanged,
};

/** Every declared item but the kept-aside lists: what the background upgrades at start. */
export const DECLARED: ItemDeclaration<unknown>[] = [];

function itemOf<T>(declaration: ItemDeclaration<T>): StorageItem<T> {
  return new StorageItem<T>(
    storageApi,
    declaration.area,
    declaration.key,
    (stored) => decode(declaration, stored).value,
    (value) => encode(declaration, value),
  );
}

function defineItem<T>(declaration: ItemDeclaration<T>): StorageItem<T> {
  DECLARED.push(declaration);
  return itemOf(declaration);
}

/** Stored by v0.1.0 already, unchanged since: version 1, no migration. */
const local = <T>(key: string, check: Check<T>, secret?: true): ItemDeclaration<T> => ({
  area: "local",
  key,
  version: 1,
  check,
  migrations: {},
  ...(secret ? { secret } : {}),
});
const session = <T>(key: string, check: Check<T>, secret?: true): ItemDeclaration<T> => ({
  area: "session",
  key,
  check,
  ...(secret ? { secret } : {}),
});

export const profilesItem = defineItem<Profile[]>(local("profiles", listOf(asProfile)));
export const lastChoiceItem = defineItem<Choice | null>(local("lastChoice", orNull(asChoice)));
export const tokensItem = defineItem<Record<string, StoredToken>>(
  session("tokens", mapOf(asStoredToken), true),
);
export const tabLoginsItem = defineItem<Record<string, TabLogin>>(session("tabLogins", mapOf(asTabLogin)));
export const pendingSignInItem = defineItem<PendingSignIn | null>(
  session("pendingSignIn", orNull(asPendingSignIn)),
);
/** The last sign-in that ended without a token (refused, or none found), until the next one begins. */
export const signInOutcomeItem = defineItem<SignInOutcome | null>(
  session("signInOutcome", orNull(asSignInOutcome)),
);
export const settingsItem = defineItem<Settings>(local("settings", checkSettings));
/** The application the user pinned for a docs origin, by origin. */
export const docsPinsItem = defineItem<Record<string, Application>>(local("docsPins", mapOf(asApplication)));
export const appliedDocsItem = defineItem<Record<string, AppliedDocs>>(
  session("appliedDocs", mapOf(asAppliedDocs)),
);
/**
 * Docs origins the user added, each with the profile and application whose tokens it gets. Version 2:
 * v0.1.0 could still hold an origin kept before origins had an application, which means self-service.
 */
export const docsOriginsItem = defineItem<DocsOrigin[]>({
  area: "local",
  key: "docsOrigins",
  version: 2,
  check: listOf(asDocsOrigin),
  migrations: {
    1: (stored) =>
      Array.isArray(stored)
        ? stored.map((entry: unknown) =>
            typeof entry === "object" && entry !== null && !("app" in entry)
              ? { ...entry, app: "self-service" }
              : entry,
          )
        : stored,
  },
});
/** Each profile's client-credentials settings, without the secret. */
export const clientCredentialsItem = defineItem<Record<string, ClientCredentials>>(
  local("clientCredentials", mapOf(asClientCredentials)),
);
/** Client secrets by profile, for this browser session; read by the background only. */
export const sessionSecretsItem = defineItem<Record<string, string>>(
  session("clientSecrets", mapOf(asSecret), true),
);
/** Client secrets the user chose to keep across restarts (an explicit opt-in); background only. */
export const keptSecretsItem = defineItem<Record<string, string>>(
  local("clientSecrets", mapOf(asSecret), true),
);
/** The last failed client-credentials request by profile (also a renewal nobody watched). */
export const clientTokenErrorsItem = defineItem<Record<string, string>>(
  session("clientTokenErrors", mapOf(asString)),
);
/** The tokens already announced as expiring, by token key, as the capturedAt of the token announced. */
export const expiryNoticesItem = defineItem<Record<string, number>>(session("expiryNotices", mapOf(asTime)));
/** A copy of the tokens in storage.local, only while the user opts in to keeping them across restarts. */
export const keptTokensItem = defineItem<Record<string, StoredToken>>(
  local("keptTokens", mapOf(asStoredToken), true),
);
/** Text selected for "Decode JWT", from the context menu to the decoder page, removed once read. */
export const decodeRequestItem = defineItem<string | null>(
  session(
    "decodeRequest",
    orNull((v) => (typeof v === "string" && v.length <= MAX_TOKEN_LENGTH * 4 ? v : undefined)),
    true,
  ),
);
/** The last few sign-ins per profile and application: claims summary and times, never a token. */
export const historyItem = defineItem<SignInRecord[]>(local("history", listOf(asSignInRecord)));
/** The captured-token pairs (by token key) that the user lets renew silently. */
export const silentRenewalItem = defineItem<Record<string, true>>(local("silentRenewal", mapOf(asTrue)));
/** Tokens a silent renewal was tried for, as their capturedAt: at most one attempt per token. */
export const renewalAttemptsItem = defineItem<Record<string, number>>(
  session("renewalAttempts", mapOf(asTime)),
);
/** The renewal under way, if any. */
export const renewalItem = defineItem<Renewal | null>(session("renewal", orNull(asRenewal)));

/**
 * Terminal access per profile id: "ask" or "allow" (p1as-token over native messaging); a profile absent
 * here is "off", the default. New after v0.1.0: version 1.
 */
export const terminalAccessItem = defineItem<Record<string, Exclude<TerminalAccess, "off">>>(
  local(
    "terminalAccess",
    mapOf((v) => (isTerminalAccess(v) && v !== "off" ? v : undefined)),
  ),
);

/** What the background kept aside in each area (src/lib/kept-aside.ts); not upgraded itself. */
export const keptAsideItems: Record<Area, StorageItem<KeptAside[]>> = {
  local: itemOf(keptAsideDeclaration("local")),
  session: itemOf(keptAsideDeclaration("session")),
};
