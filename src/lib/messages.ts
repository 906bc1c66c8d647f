// The one table of messages between our contexts. Each message is declared once here: who may send it,
// the shape of its request (src/lib/schema.ts, checked at run time before any handler sees the message)
// and the type of its answer. The parser, the sender rule, the typed `send` and the security test all
// read this table; the background's handler map (src/background/messages.ts) must cover it, by type.
// Never imported at run time by code on a P1AS page: the capture script takes what it needs from
// src/lib/capture-protocol.ts.
import { type CaptureResponse, MAX_DETAIL } from "./capture-protocol";
import { AUTH_METHODS, type CredentialErrors, PINGONE_REGIONS } from "./client-credentials";
import { MAX_TOKEN_LENGTH } from "./jwt";
import { APPLICATIONS, type FieldErrors, PROFILE_COLOURS, type Profile } from "./profile";
import {
  boolean,
  type Infer,
  integer,
  nullable,
  object,
  oneOf,
  optional,
  parse,
  type Shape,
  string,
} from "./schema";
import { isRecord, MAX_LEAD_MINUTES } from "./state";
import { TERMINAL_ACCESS } from "./terminal";

/** Who sent a message, as far as the rules care. */
export type SenderKind = "extension-page" | "content-top-frame" | "untrusted";

/** The answer's type, carried by the table for the compiler only: nothing of it exists at run time. */
declare const ANSWER: unique symbol;
interface Answer<A> {
  readonly [ANSWER]?: A;
}
const answer = <A>(): Answer<A> => ({});

type Failure = { ok: false; error: string };

const short = string(200);
const application = oneOf(APPLICATIONS);
const tabId = object({ tabId: integer(0, Number.MAX_SAFE_INTEGER) });
const leadMinutes = optional(integer(0, MAX_LEAD_MINUTES));
const none = object({});
const byProfile = object({ profileId: short });

/** Far above any real profiles file; a bigger one is no file of ours. */
export const MAX_CONFIG_TEXT = 256 * 1024;

const fromPages = "extension-page";
const fromContent = "content-top-frame";

export const MESSAGES = {
  /** Is a sign-in under way in this tab, so that a Success page may follow? */
  captureExpected: { from: fromContent, request: none, answer: answer<boolean>() },
  /** A token found on a Success page. */
  capture: {
    from: fromContent,
    request: object({ token: string(MAX_TOKEN_LENGTH) }),
    answer: answer<CaptureResponse>(),
  },
  /** The landed page shows no token; P1AS's refusal text where it is one. */
  captureNone: {
    from: fromContent,
    request: object({ detail: nullable(string(MAX_DETAIL)) }),
    answer: answer<{ ok: boolean }>(),
  },
  /** A token pasted for a profile and application, where the page showed none we could find. */
  pasteToken: {
    from: fromPages,
    request: object({
      profileId: short,
      app: application,
      token: string(MAX_TOKEN_LENGTH),
    }),
    answer: answer<CaptureResponse>(),
  },
  saveProfile: {
    from: fromPages,
    request: object({
      profile: object({
        id: nullable(short),
        environment: short,
        customer: short,
        region: short,
        name: short,
      }),
    }),
    answer: answer<{ ok: true; profile: Profile } | { ok: false; errors: FieldErrors }>(),
  },
  removeProfile: {
    from: fromPages,
    request: object({ id: short }),
    answer: answer<{ ok: true } | Failure>(),
  },
  /** A profile's colour and default application. */
  setProfileLook: {
    from: fromPages,
    request: object({
      id: short,
      colour: oneOf(PROFILE_COLOURS),
      defaultApp: nullable(application),
    }),
    answer: answer<{ ok: true } | Failure>(),
  },
  /** A profile's place in the list, one up or one down. */
  moveProfile: {
    from: fromPages,
    request: object({ id: short, by: oneOf([-1, 1]) }),
    answer: answer<{ ok: true } | Failure>(),
  },
  /** A captured token's pair renews silently, or not. */
  setSilentRenewal: {
    from: fromPages,
    request: object({ key: short, on: boolean }),
    answer: answer<{ ok: true }>(),
  },
  signIn: {
    from: fromPages,
    request: object({ profileId: short, app: application }),
    answer: answer<{ ok: true } | Failure>(),
  },
  removeToken: { from: fromPages, request: object({ key: short }), answer: answer<{ ok: true }>() },
  /** Brings back the token just removed, for a few seconds after. */
  undoRemoveToken: {
    from: fromPages,
    request: object({ key: short }),
    answer: answer<{ ok: true } | Failure>(),
  },
  /** Over a docs tab: authorize it now. */
  applyDocs: { from: fromPages, request: tabId, answer: answer<{ ok: true; schemes: string[] } | Failure>() },
  /** Over a docs tab: take our authorization off it. */
  removeFromDocs: { from: fromPages, request: tabId, answer: answer<{ ok: true }>() },
  /** Which application's token a docs origin gets; null goes back to the automatic choice. */
  setDocsPin: {
    from: fromPages,
    request: object({ origin: short, app: nullable(application) }),
    answer: answer<{ ok: boolean }>(),
  },
  /** Changes the settings named; the others stay. */
  setSettings: {
    from: fromPages,
    request: object({
      autoAuthorize: optional(boolean),
      notifyLeadMinutes: leadMinutes,
      keepTokens: optional(boolean),
      renewLeadMinutes: leadMinutes,
    }),
    answer: answer<{ ok: true }>(),
  },
  /** A docs origin whose host permission the user has just granted. */
  addDocsOrigin: {
    from: fromPages,
    request: object({ origin: short, profileId: short, app: application }),
    answer: answer<{ ok: true } | Failure>(),
  },
  removeDocsOrigin: { from: fromPages, request: object({ origin: short }), answer: answer<{ ok: true }>() },
  /**
   * A profile's client-credentials settings, and the secret when the user typed one (empty: keep the
   * saved one). The secret travels this once, popup → background; it never comes back.
   */
  saveClientCredentials: {
    from: fromPages,
    request: object({
      profileId: short,
      settings: object({
        region: oneOf(PINGONE_REGIONS),
        environmentId: short,
        clientId: short,
        scope: short,
        authMethod: oneOf(AUTH_METHODS),
        keepFresh: boolean,
        keepSecret: boolean,
      }),
      secret: string(1000),
    }),
    answer: answer<{ ok: true } | { ok: false; errors: CredentialErrors }>(),
  },
  removeClientCredentials: { from: fromPages, request: byProfile, answer: answer<{ ok: true }>() },
  /** A profiles-and-settings file, applied whole or not at all. */
  importConfig: {
    from: fromPages,
    request: object({ text: string(MAX_CONFIG_TEXT) }),
    /** `keepTokensLeftOff`: the file asked to keep tokens on disk, which only the user turns on. */
    answer: answer<
      | { ok: true; added: string[]; kept: string[]; keepTokensLeftOff: boolean }
      | { ok: false; report: string[] }
    >(),
  },
  /** Every stored token gone, also the kept copies. */
  clearTokens: { from: fromPages, request: none, answer: answer<{ ok: true }>() },
  /** What was kept aside for one stored item (src/lib/kept-aside.ts) is no longer wanted. */
  discardKeptAside: {
    from: fromPages,
    request: object({ area: oneOf(["local", "session"]), key: short }),
    answer: answer<{ ok: true }>(),
  },
  /** Which profiles have a client secret saved (never the secrets). */
  clientSecretsSaved: { from: fromPages, request: none, answer: answer<string[]>() },
  /** Mint a token now through the profile's client-credentials settings. */
  getClientToken: {
    from: fromPages,
    request: byProfile,
    answer: answer<{ ok: true; exp: number | null } | Failure>(),
  },
  /** A profile's Terminal access (p1as-token); the page asked for the nativeMessaging permission first. */
  setTerminalAccess: {
    from: fromPages,
    request: object({ profileId: short, access: oneOf(TERMINAL_ACCESS) }),
    answer: answer<{ ok: true } | Failure>(),
  },
} as const satisfies Record<
  string,
  { from: SenderKind; request: Shape & { kind: "object" }; answer: Answer<unknown> }
>;

type Table = typeof MESSAGES;
export type MessageType = keyof Table;
/** What a sender passes, and what a handler gets besides the type. */
export type Request<K extends MessageType> = Infer<Table[K]["request"]>;
export type Response<K extends MessageType> = Table[K]["answer"] extends Answer<infer A> ? A : never;
/** A message as handlers get it: checked, and nothing but the declared fields. */
export type MessageOf<K extends MessageType> = { type: K } & Infer<Table[K]["request"]>;
export type Message = { [K in MessageType]: MessageOf<K> }[MessageType];

/** The message, if `input` is exactly one of ours with a well-typed payload; null otherwise. */
export function parseMessage(input: unknown): Message | null {
  // Messages from other contexts arrive serialized, so getters and proxies cannot cross; all the same,
  // each field is read once, from a plain copy, and anything that throws while copied is no message.
  let value: Record<string, unknown>;
  try {
    value = plainCopy(input);
  } catch {
    return null;
  }
  const type = value.type;
  if (typeof type !== "string" || !Object.hasOwn(MESSAGES, type)) return null;
  const parsed = parse(MESSAGES[type as MessageType].request, value);
  // The parsed request holds only the declared fields, so `type` is put back and nothing else comes along.
  return parsed ? ({ ...parsed, type } as Message) : null;
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

/** A handler for each message, given the checked message and who sent it. */
export type Handlers<Sender extends SenderFacts> = {
  [K in MessageType]: (message: MessageOf<K>, sender: Sender) => Promise<Response<K>>;
};

/**
 * The listener for runtime.onMessage: parse, check the sender against the table, then hand to the
 * message's handler. Anything not ours, or from the wrong sender, gets no answer at all: no hint of what
 * we would accept.
 */
export function messageListener<Sender extends SenderFacts>(
  handlers: Handlers<Sender>,
  ownId: string,
  ownOrigin: string,
): (raw: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (raw, sender) => {
    const message = parseMessage(raw);
    if (!message || MESSAGES[message.type].from !== senderKind(sender, ownId, ownOrigin)) return undefined;
    const handle = handlers[message.type] as (message: Message, sender: Sender) => Promise<unknown>;
    return handle(message, sender);
  };
}
