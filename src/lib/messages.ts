// The one message protocol between our contexts: each message a name with its request and response.
// Every incoming message is checked at run time by parseMessage before any handler sees it.
import type { ClientCredentials, CredentialErrors } from "./client-credentials";
import { MAX_TOKEN_LENGTH } from "./jwt";
import {
  type Application,
  type FieldErrors,
  isApplication,
  isProfileColour,
  type Profile,
  type ProfileColour,
  type ProfileFields,
} from "./profile";
import { asClientCredentials, isLeadMinutes, isRecord, type Settings } from "./state";

export type CaptureResponse =
  | { ok: true; app: Application; profile: string; exp: number | null }
  | { ok: false; error: string };

export interface Protocol {
  /** Content script → background: is a sign-in under way in this tab, so that a Success page may follow? */
  captureExpected: { request: Record<never, never>; response: boolean };
  /** Content script → background: a token found on a Success page. */
  capture: { request: { token: string }; response: CaptureResponse };
  /** Content script → background: the landed page shows no token; P1AS's refusal text where it is one. */
  captureNone: { request: { detail: string | null }; response: { ok: boolean } };
  /** Popup: a token pasted for a profile and application, where the page showed none we could find. */
  pasteToken: {
    request: { profileId: string; app: Application; token: string };
    response: CaptureResponse;
  };
  saveProfile: {
    request: { profile: ProfileFields & { id: string | null } };
    response: { ok: true; profile: Profile } | { ok: false; errors: FieldErrors };
  };
  removeProfile: { request: { id: string }; response: { ok: true } | { ok: false; error: string } };
  /** Options: a profile's colour and default application, and its place in the list. */
  setProfileLook: {
    request: { id: string; colour: ProfileColour; defaultApp: Application | null };
    response: { ok: true } | { ok: false; error: string };
  };
  moveProfile: { request: { id: string; by: -1 | 1 }; response: { ok: true } | { ok: false; error: string } };
  /** A captured token's pair renews silently, or not. */
  setSilentRenewal: { request: { key: string; on: boolean }; response: { ok: true } };
  signIn: {
    request: { profileId: string; app: Application };
    response: { ok: true } | { ok: false; error: string };
  };
  removeToken: { request: { key: string }; response: { ok: true } };
  /** Popup on a docs tab: authorize it now, or take our authorization off it. */
  applyDocs: {
    request: { tabId: number };
    response: { ok: true; schemes: string[] } | { ok: false; error: string };
  };
  removeFromDocs: { request: { tabId: number }; response: { ok: true } };
  /** Which application's token a docs origin gets; null goes back to the automatic choice. */
  setDocsPin: { request: { origin: string; app: Application | null }; response: { ok: boolean } };
  /** Changes the settings named; the others stay. */
  setSettings: { request: Partial<Settings>; response: { ok: true } };
  /** Options: a docs origin whose host permission the user has just granted, and its removal. */
  addDocsOrigin: {
    request: { origin: string; profileId: string; app: Application };
    response: { ok: true } | { ok: false; error: string };
  };
  removeDocsOrigin: { request: { origin: string }; response: { ok: true } };
  /**
   * A profile's client-credentials settings, and the secret when the user typed one (empty: keep the
   * saved one). The secret travels this once, popup → background; it never comes back.
   */
  saveClientCredentials: {
    request: { profileId: string; settings: ClientCredentials; secret: string };
    response: { ok: true } | { ok: false; errors: CredentialErrors };
  };
  removeClientCredentials: { request: { profileId: string }; response: { ok: true } };
  /** Options: a profiles-and-settings file, applied whole or not at all. */
  importConfig: {
    request: { text: string };
    /** `keepTokensLeftOff`: the file asked to keep tokens on disk, which only the user turns on. */
    response:
      | { ok: true; added: string[]; kept: string[]; keepTokensLeftOff: boolean }
      | { ok: false; report: string[] };
  };
  /** Options: every stored token gone, also the kept copies. */
  clearTokens: { request: Record<never, never>; response: { ok: true } };
  /** Options: what was kept aside for one stored item (src/lib/kept-aside.ts) is no longer wanted. */
  discardKeptAside: { request: { area: "local" | "session"; key: string }; response: { ok: true } };
  /** Which profiles have a client secret saved (never the secrets). */
  clientSecretsSaved: { request: Record<never, never>; response: string[] };
  /** Mint a token now through the profile's client-credentials settings. */
  getClientToken: {
    request: { profileId: string };
    response: { ok: true; exp: number | null } | { ok: false; error: string };
  };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]["request"];
export type Response<K extends MessageType> = Protocol[K]["response"];
export type Message = { [K in MessageType]: { type: K } & Request<K> }[MessageType];

/** Far above any real profiles file; a bigger one is no file of ours. */
export const MAX_CONFIG_TEXT = 256 * 1024;

/** Far above P1AS's refusal text; a longer one is no refusal of P1AS. */
export const MAX_DETAIL = 2000;

const shortString = (v: unknown): v is string => typeof v === "string" && v.length <= 200;

/** The message, if `value` is exactly one of ours with a well-typed payload; null otherwise. */
export function parseMessage(input: unknown): Message | null {
  // Messages from other contexts arrive serialized, so getters and proxies cannot cross; all the same,
  // each field is read once, from a plain copy, and anything that throws while copied is no message.
  let value: Record<string, unknown>;
  try {
    value = plainCopy(input);
  } catch {
    return null;
  }
  return parseCopy(value);
}

/** Own enumerable fields read once, two levels deep (the payloads' nesting), as plain objects. */
function plainCopy(input: unknown): Record<string, unknown> {
  if (!isRecord(input)) return {};
  return Object.fromEntries(
    Object.entries(input).map(([key, field]) => [
      key,
      isRecord(field) ? Object.fromEntries(Object.entries(field)) : field,
    ]),
  );
}

function parseCopy(value: Record<string, unknown>): Message | null {
  switch (value.type) {
    case "captureExpected":
      return { type: "captureExpected" };
    case "capture":
      return typeof value.token === "string" && value.token.length <= MAX_TOKEN_LENGTH
        ? { type: "capture", token: value.token }
        : null;
    case "captureNone":
      return value.detail === null || (typeof value.detail === "string" && value.detail.length <= MAX_DETAIL)
        ? { type: "captureNone", detail: value.detail }
        : null;
    case "pasteToken":
      return shortString(value.profileId) &&
        isApplication(value.app) &&
        typeof value.token === "string" &&
        value.token.length <= MAX_TOKEN_LENGTH
        ? { type: "pasteToken", profileId: value.profileId, app: value.app, token: value.token }
        : null;
    case "saveProfile": {
      const p = value.profile;
      if (!isRecord(p) || !(p.id === null || shortString(p.id))) return null;
      const { environment, customer, region, name } = p;
      if (!shortString(environment) || !shortString(customer) || !shortString(region) || !shortString(name)) {
        return null;
      }
      return { type: "saveProfile", profile: { id: p.id, environment, customer, region, name } };
    }
    case "removeProfile":
      return shortString(value.id) ? { type: "removeProfile", id: value.id } : null;
    case "setProfileLook":
      return shortString(value.id) &&
        isProfileColour(value.colour) &&
        (value.defaultApp === null || isApplication(value.defaultApp))
        ? { type: "setProfileLook", id: value.id, colour: value.colour, defaultApp: value.defaultApp }
        : null;
    case "setSilentRenewal":
      return shortString(value.key) && typeof value.on === "boolean"
        ? { type: "setSilentRenewal", key: value.key, on: value.on }
        : null;
    case "moveProfile":
      return shortString(value.id) && (value.by === 1 || value.by === -1)
        ? { type: "moveProfile", id: value.id, by: value.by }
        : null;
    case "signIn":
      return shortString(value.profileId) && isApplication(value.app)
        ? { type: "signIn", profileId: value.profileId, app: value.app }
        : null;
    case "removeToken":
      return shortString(value.key) ? { type: "removeToken", key: value.key } : null;
    case "applyDocs":
    case "removeFromDocs":
      return Number.isSafeInteger(value.tabId) && (value.tabId as number) >= 0
        ? { type: value.type, tabId: value.tabId as number }
        : null;
    case "setDocsPin":
      return shortString(value.origin) && (value.app === null || isApplication(value.app))
        ? { type: "setDocsPin", origin: value.origin, app: value.app }
        : null;
    case "addDocsOrigin":
      return shortString(value.origin) && shortString(value.profileId) && isApplication(value.app)
        ? { type: "addDocsOrigin", origin: value.origin, profileId: value.profileId, app: value.app }
        : null;
    case "removeDocsOrigin":
      return shortString(value.origin) ? { type: "removeDocsOrigin", origin: value.origin } : null;
    case "saveClientCredentials": {
      const settings = asClientCredentials(value.settings);
      return shortString(value.profileId) &&
        settings &&
        typeof value.secret === "string" &&
        value.secret.length <= 1000
        ? { type: "saveClientCredentials", profileId: value.profileId, settings, secret: value.secret }
        : null;
    }
    case "importConfig":
      return typeof value.text === "string" && value.text.length <= MAX_CONFIG_TEXT
        ? { type: "importConfig", text: value.text }
        : null;
    case "discardKeptAside":
      return (value.area === "local" || value.area === "session") && shortString(value.key)
        ? { type: "discardKeptAside", area: value.area, key: value.key }
        : null;
    case "removeClientCredentials":
    case "getClientToken":
      return shortString(value.profileId) ? { type: value.type, profileId: value.profileId } : null;
    case "clientSecretsSaved":
    case "clearTokens":
      return { type: value.type };
    case "setSettings": {
      const { autoAuthorize, notifyLeadMinutes, keepTokens, renewLeadMinutes } = value;
      const flag = (v: unknown) => v === undefined || typeof v === "boolean";
      const minutes = (v: unknown) => v === undefined || isLeadMinutes(v);
      if (!flag(autoAuthorize) || !flag(keepTokens)) return null;
      if (!minutes(notifyLeadMinutes) || !minutes(renewLeadMinutes)) return null;
      return {
        type: "setSettings",
        ...(typeof autoAuthorize === "boolean" ? { autoAuthorize } : {}),
        ...(isLeadMinutes(notifyLeadMinutes) ? { notifyLeadMinutes } : {}),
        ...(typeof keepTokens === "boolean" ? { keepTokens } : {}),
        ...(isLeadMinutes(renewLeadMinutes) ? { renewLeadMinutes } : {}),
      };
    }
    default:
      return null;
  }
}

/** Who sent a message, as far as the rules care. */
export type SenderKind = "extension-page" | "content-top-frame" | "untrusted";

export interface SenderFacts {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: unknown;
}

/**
 * Our own pages (popup, options) send from our extension origin; our content script sends from a tab's
 * page. Anything from another extension, a subframe, or without a URL is untrusted.
 */
export function senderKind(sender: SenderFacts, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId || !sender.url) return "untrusted";
  if (sender.url.startsWith(ownOrigin)) return "extension-page";
  return sender.tab !== undefined && sender.frameId === 0 ? "content-top-frame" : "untrusted";
}
