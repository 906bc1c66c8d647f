// The shape of everything the extension keeps, with a check for each entry. Storage can hold anything (an
// older version's data, a hand edit in DevTools), so every value is checked when read (src/lib/checks.ts
// says what happens to what fails).

import { fieldsOf } from "./checks";
import { type ClientCredentials, isAuthMethod, isRegion } from "./client-credentials";
import type { DocsOrigin } from "./docs-target";
import { MAX_TOKEN_LENGTH } from "./jwt";
import { type Application, isApplication, isProfileColour, type Profile, readProfileFields } from "./profile";

/** Captured on a Success page, or minted through PingOne's client-credentials flow. */
export type TokenSource = "capture" | "client-credentials";
const isSource = (v: unknown): v is TokenSource => v === "capture" || v === "client-credentials";

export interface StoredToken {
  raw: string;
  profileId: string;
  app: Application;
  source: TokenSource;
  capturedAt: number;
  /** Expiry in ms since the epoch, from the token's `exp`; null when it has none. */
  exp: number | null;
  /** Pasted in the popup where the Success page showed none we could find. */
  pasted?: true;
  /**
   * The token's subject ("" when it names none), read once as it is stored, for display: the popup's rows
   * show it without decoding fifty tokens on open. Tokens stored before it have none and are decoded.
   */
  sub?: string;
}

/** The subject a stored token keeps for display. */
export const subOf = (claims: Record<string, unknown>): string =>
  typeof claims.sub === "string" ? claims.sub.slice(0, 200) : "";

/** The login URL last seen in a tab, so that its Success page's token can be attributed. */
/** A sign-in started from the popup, waited for until its token arrives or its tab closes. */
export interface PendingSignIn {
  tabId: number;
  profileId: string;
  app: Application;
}

/** How the last sign-in that reached its end without a token ended, for the popup to say so. */
export interface SignInOutcome {
  profileId: string;
  app: Application;
  /** P1AS answered 403 (the account lacks the roles), or the page showed no token we could find. */
  kind: "refused" | "noToken";
  /** The roles P1AS named, as it listed them (display only). */
  required: string[];
  provided: string[];
  at: number;
}

export interface Choice {
  profileId: string;
  app: Application;
}

export interface Settings {
  /** Authorize Swagger UI on profile hosts by itself; when off, the popup's "Apply now" does it. */
  autoAuthorize: boolean;
  /** Minutes before a token expires to notify; 0 turns the notice off. */
  notifyLeadMinutes: number;
  /** Also keep tokens in storage.local, across browser restarts: an explicit opt-in. */
  keepTokens: boolean;
  /** Minutes before expiry that a silent renewal starts, for the pairs that opted in. */
  renewLeadMinutes: number;
}

export const DEFAULT_SETTINGS: Settings = {
  autoAuthorize: true,
  notifyLeadMinutes: 5,
  keepTokens: false,
  renewLeadMinutes: 3,
};

/** A silent renewal under way: the background tab that opened the login URL, for which token. */
export interface Renewal {
  tabId: number;
  tokenKey: string;
  /** The capturedAt of the token being renewed: one attempt per token. */
  capturedAt: number;
}
export const MAX_LEAD_MINUTES = 60;

export const isLeadMinutes = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_LEAD_MINUTES;

/** What was authorized in a docs tab, for the popup to tell. */
export interface AppliedDocs {
  tokenKey: string;
  schemes: string[];
}

/** One current token per profile, application and source: a minted token sits beside a captured one. */
export const tokenKey = (profileId: string, app: Application, source: TokenSource = "capture"): string =>
  source === "capture" ? `${profileId}/${app}` : `${profileId}/${app}/${source}`;

/** Whether a token key is one of the profile's (a profile id holds no slash: a UUID, or managed:<domain>). */
export const isTokenKeyOf = (key: string, profileId: string): boolean => key.startsWith(`${profileId}/`);

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isString = (v: unknown, max = 200): v is string => typeof v === "string" && v.length <= max;
const isTime = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

export function asProfile(v: unknown): Profile | undefined {
  if (!isRecord(v) || !isString(v.id) || v.id === "") return undefined;
  const checked = readProfileFields(v);
  if (!checked.ok) return undefined;
  return {
    id: v.id,
    ...checked.fields,
    ...(isProfileColour(v.colour) && v.colour !== "none" ? { colour: v.colour } : {}),
    ...(isApplication(v.defaultApp) ? { defaultApp: v.defaultApp } : {}),
    ...(v.managed === true ? { managed: true as const } : {}),
  };
}

export function asStoredToken(v: unknown): StoredToken | undefined {
  if (!isRecord(v) || !isString(v.raw, MAX_TOKEN_LENGTH) || !isString(v.profileId) || !isApplication(v.app)) {
    return undefined;
  }
  if (!isSource(v.source) || !isTime(v.capturedAt) || !(v.exp === null || isTime(v.exp))) return undefined;
  return {
    raw: v.raw,
    profileId: v.profileId,
    app: v.app,
    source: v.source,
    capturedAt: v.capturedAt,
    exp: v.exp,
    ...(v.pasted === true ? { pasted: true as const } : {}),
    ...(isString(v.sub) ? { sub: v.sub } : {}),
  };
}

export function asPendingSignIn(v: unknown): PendingSignIn | undefined {
  if (!isRecord(v) || typeof v.tabId !== "number" || !isString(v.profileId) || !isApplication(v.app)) {
    return undefined;
  }
  return { tabId: v.tabId, profileId: v.profileId, app: v.app };
}

export function asSignInOutcome(v: unknown): SignInOutcome | undefined {
  if (!isRecord(v) || typeof v.profileId !== "string" || !isApplication(v.app) || !isTime(v.at))
    return undefined;
  if (v.kind !== "refused" && v.kind !== "noToken") return undefined;
  const roles = (list: unknown) =>
    Array.isArray(list) ? list.filter((r): r is string => isString(r, 100)).slice(0, 50) : [];
  const { profileId, app, kind, at } = v;
  return { profileId, app, kind, required: roles(v.required), provided: roles(v.provided), at };
}

export function asChoice(v: unknown): Choice | undefined {
  return isRecord(v) && isString(v.profileId) && isApplication(v.app)
    ? { profileId: v.profileId, app: v.app }
    : undefined;
}

const isFlag = (v: unknown): v is boolean => typeof v === "boolean";

/** Each setting checked on its own, so a setting added later starts from its default. */
export const checkSettings = fieldsOf<Settings>(
  {
    autoAuthorize: isFlag,
    notifyLeadMinutes: isLeadMinutes,
    keepTokens: isFlag,
    renewLeadMinutes: isLeadMinutes,
  },
  DEFAULT_SETTINGS,
);

export const asSettings = (v: unknown): Settings => checkSettings(v).value;

export function asAppliedDocs(v: unknown): AppliedDocs | undefined {
  if (!isRecord(v) || !isString(v.tokenKey) || !Array.isArray(v.schemes)) return undefined;
  const schemes = v.schemes.filter((s): s is string => isString(s));
  return { tokenKey: v.tokenKey, schemes };
}

/** An added docs origin (one kept before origins had an application is migrated: src/lib/storage.ts). */
export function asDocsOrigin(v: unknown): DocsOrigin | undefined {
  return isRecord(v) && isString(v.origin) && isString(v.profileId) && isApplication(v.app)
    ? { origin: v.origin, profileId: v.profileId, app: v.app }
    : undefined;
}

export function asClientCredentials(v: unknown): ClientCredentials | undefined {
  if (!isRecord(v) || !isRegion(v.region) || !isAuthMethod(v.authMethod)) return undefined;
  const { environmentId, clientId, scope, keepFresh, keepSecret } = v;
  if (!isString(environmentId) || !isString(clientId) || !isString(scope)) return undefined;
  if (typeof keepFresh !== "boolean" || typeof keepSecret !== "boolean") return undefined;
  return {
    region: v.region,
    environmentId,
    clientId,
    scope,
    authMethod: v.authMethod,
    keepFresh,
    keepSecret,
  };
}

export const asSecret = (v: unknown): string | undefined => (isString(v, 400) && v ? v : undefined);
export const asString = (v: unknown): string | undefined => (isString(v, 400) ? v : undefined);
export const asTime = (v: unknown): number | undefined => (isTime(v) ? v : undefined);

export const asApplication = (v: unknown): Application | undefined => (isApplication(v) ? v : undefined);

export function asRenewal(v: unknown): Renewal | undefined {
  return isRecord(v) && typeof v.tabId === "number" && isString(v.tokenKey) && isTime(v.capturedAt)
    ? { tabId: v.tabId, tokenKey: v.tokenKey, capturedAt: v.capturedAt }
    : undefined;
}

export const asTrue = (v: unknown): true | undefined => (v === true ? true : undefined);
