// Hostile-world checks on the message boundary: every message type from every kind of sender, and
// parseMessage under random, oversized and booby-trapped input.

import { beforeEach, describe, expect, it, vi } from "vitest";
import type browser from "webextension-polyfill";
import { makeMessageHandler } from "../background/messages";
import { AUTH_METHODS, PINGONE_REGIONS } from "./client-credentials";
import { MAX_TOKEN_LENGTH } from "./jwt";
import { MAX_CONFIG_TEXT, MAX_DETAIL, type MessageType, parseMessage, type Request } from "./messages";
import { APPLICATIONS, PROFILE_COLOURS } from "./profile";
import { MAX_LEAD_MINUTES } from "./state";

// The real handlers would touch storage, tabs and the network; spies stand in so that only the gate runs.
const spy = vi.hoisted(() => ({
  tabsGet: vi.fn(async () => ({ url: "https://docs.test/" })),
  setSettings: vi.fn(async () => ({ ok: true })),
  captureExpected: vi.fn(async () => true),
  storeCapture: vi.fn(async () => ({ ok: false, error: "spy" })),
  reportNoToken: vi.fn(async () => ({ ok: false })),
  storePasted: vi.fn(async () => ({ ok: false, error: "spy" })),
  saveProfile: vi.fn(async () => ({ ok: true })),
  removeProfile: vi.fn(async () => ({ ok: true })),
  removeToken: vi.fn(async () => ({ ok: true })),
  signIn: vi.fn(async () => ({ ok: true })),
  authorizeTab: vi.fn(async () => ({ ok: true, schemes: [] })),
  removeFromTab: vi.fn(async () => ({ ok: true })),
  setDocsPin: vi.fn(async () => ({ ok: true })),
  addDocsOrigin: vi.fn(async () => ({ ok: true })),
  removeDocsOrigin: vi.fn(async () => ({ ok: true })),
  saveClientCredentials: vi.fn(async () => ({ ok: true })),
  removeClientCredentials: vi.fn(async () => ({ ok: true })),
  clientSecretsSaved: vi.fn(async () => []),
  getClientToken: vi.fn(async () => ({ ok: true, exp: null })),
  clearTokens: vi.fn(async () => ({ ok: true })),
  discardKeptAside: vi.fn(async () => ({ ok: true })),
  importConfig: vi.fn(async () => ({ ok: true, added: [], kept: [] })),
  setProfileLook: vi.fn(async () => ({ ok: true })),
  moveProfile: vi.fn(async () => ({ ok: true })),
  setSilentRenewal: vi.fn(async () => ({ ok: true })),
}));

vi.mock("webextension-polyfill", () => ({ default: { tabs: { get: spy.tabsGet } } }));
vi.mock("../background/capture", () => ({
  captureExpected: spy.captureExpected,
  storeCapture: spy.storeCapture,
  reportNoToken: spy.reportNoToken,
  storePasted: spy.storePasted,
}));
vi.mock("../background/client-credentials", () => ({
  clientSecretsSaved: spy.clientSecretsSaved,
  getClientToken: spy.getClientToken,
  removeClientCredentials: spy.removeClientCredentials,
  saveClientCredentials: spy.saveClientCredentials,
}));
vi.mock("../background/config-import", () => ({ importConfig: spy.importConfig }));
vi.mock("../background/docs-origins", () => ({
  addDocsOrigin: spy.addDocsOrigin,
  removeDocsOrigin: spy.removeDocsOrigin,
}));
vi.mock("../background/docs-pins", () => ({ setDocsPin: spy.setDocsPin }));
vi.mock("../background/kept-tokens", () => ({ clearTokens: spy.clearTokens }));
vi.mock("../background/kept-aside", () => ({ discardKeptAside: spy.discardKeptAside }));
vi.mock("../background/profiles", () => ({
  moveProfile: spy.moveProfile,
  setProfileLook: spy.setProfileLook,
  removeProfile: spy.removeProfile,
  removeToken: spy.removeToken,
  saveProfile: spy.saveProfile,
}));
vi.mock("../background/settings", () => ({ setSettings: spy.setSettings }));
vi.mock("../background/silent-renewal", () => ({ setSilentRenewal: spy.setSilentRenewal }));
vi.mock("../background/sign-in", () => ({ signIn: spy.signIn }));
vi.mock("../background/swagger", () => ({
  authorizeTab: spy.authorizeTab,
  removeFromTab: spy.removeFromTab,
}));

type Spy = (typeof spy)[keyof typeof spy];
type From = "content script" | "our pages";

const SETTINGS = {
  region: "eu",
  environmentId: "0b7c5d8e-1f2a-4b3c-8d9e-0f1a2b3c4d5e",
  clientId: "client",
  scope: "",
  authMethod: "client_secret_basic",
  keepFresh: false,
  keepSecret: false,
} as const;

/**
 * One valid request per message type, who may send it, and the handler it must reach. Written out here,
 * not read from the code, so that widening the code's sender table fails; a Record so that a new message
 * type cannot be left out.
 */
const CASES: { [K in MessageType]: { request: Request<K>; from: From; reaches: Spy } } = {
  captureExpected: { request: {}, from: "content script", reaches: spy.captureExpected },
  capture: { request: { token: "a.b.c" }, from: "content script", reaches: spy.storeCapture },
  captureNone: { request: { detail: null }, from: "content script", reaches: spy.reportNoToken },
  pasteToken: {
    request: { profileId: "p", app: "pingaccess", token: "a.b.c" },
    from: "our pages",
    reaches: spy.storePasted,
  },
  saveProfile: {
    request: { profile: { id: null, environment: "dev", customer: "acme", region: "us1", name: "" } },
    from: "our pages",
    reaches: spy.saveProfile,
  },
  removeProfile: { request: { id: "p" }, from: "our pages", reaches: spy.removeProfile },
  signIn: { request: { profileId: "p", app: "argocd" }, from: "our pages", reaches: spy.signIn },
  removeToken: { request: { key: "p/argocd" }, from: "our pages", reaches: spy.removeToken },
  applyDocs: { request: { tabId: 7 }, from: "our pages", reaches: spy.tabsGet },
  removeFromDocs: { request: { tabId: 7 }, from: "our pages", reaches: spy.removeFromTab },
  setDocsPin: {
    request: { origin: "https://d.test", app: null },
    from: "our pages",
    reaches: spy.setDocsPin,
  },
  setSettings: {
    request: { autoAuthorize: false, notifyLeadMinutes: 5, keepTokens: true },
    from: "our pages",
    reaches: spy.setSettings,
  },
  addDocsOrigin: {
    request: { origin: "https://d.test", profileId: "p", app: "self-service" },
    from: "our pages",
    reaches: spy.addDocsOrigin,
  },
  removeDocsOrigin: {
    request: { origin: "https://d.test" },
    from: "our pages",
    reaches: spy.removeDocsOrigin,
  },
  saveClientCredentials: {
    request: { profileId: "p", settings: SETTINGS, secret: "s3cret" },
    from: "our pages",
    reaches: spy.saveClientCredentials,
  },
  removeClientCredentials: {
    request: { profileId: "p" },
    from: "our pages",
    reaches: spy.removeClientCredentials,
  },
  clientSecretsSaved: { request: {}, from: "our pages", reaches: spy.clientSecretsSaved },
  getClientToken: { request: { profileId: "p" }, from: "our pages", reaches: spy.getClientToken },
  clearTokens: { request: {}, from: "our pages", reaches: spy.clearTokens },
  discardKeptAside: {
    request: { area: "local", key: "profiles" },
    from: "our pages",
    reaches: spy.discardKeptAside,
  },
  importConfig: { request: { text: "{}" }, from: "our pages", reaches: spy.importConfig },
  setProfileLook: {
    request: { id: "p", colour: "red", defaultApp: null },
    from: "our pages",
    reaches: spy.setProfileLook,
  },
  moveProfile: { request: { id: "p", by: -1 }, from: "our pages", reaches: spy.moveProfile },
  setSilentRenewal: {
    request: { key: "p/argocd", on: true },
    from: "our pages",
    reaches: spy.setSilentRenewal,
  },
};
const TYPES = Object.keys(CASES) as MessageType[];

const OWN_ID = "ownextensionidaaaaaaaaaaaaaaaaaa";
// What browser.runtime.getURL("") gives, as the background passes it.
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const OTHER_ID = "otherextensionidbbbbbbbbbbbbbbbb";
const PING_PAGE = "https://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/success";
const tab = { id: 5, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

type Sender = browser.Runtime.MessageSender;
const SENDERS: { name: string; sender: Sender; allowed: From | null }[] = [
  {
    name: "our content script, top frame",
    sender: { id: OWN_ID, url: PING_PAGE, tab, frameId: 0 },
    allowed: "content script",
  },
  {
    name: "our content script, subframe",
    sender: { id: OWN_ID, url: PING_PAGE, tab, frameId: 2 },
    allowed: null,
  },
  { name: "our content script, no tab", sender: { id: OWN_ID, url: PING_PAGE, frameId: 0 }, allowed: null },
  {
    name: "our popup",
    sender: { id: OWN_ID, url: `${OWN_ORIGIN}src/popup/index.html` },
    allowed: "our pages",
  },
  {
    name: "our options page, in a tab",
    sender: { id: OWN_ID, url: `${OWN_ORIGIN}src/options/index.html`, tab, frameId: 0 },
    allowed: "our pages",
  },
  {
    name: "another extension's page",
    sender: { id: OTHER_ID, url: `chrome-extension://${OTHER_ID}/page.html` },
    allowed: null,
  },
  {
    name: "another extension claiming our page's URL",
    sender: { id: OTHER_ID, url: `${OWN_ORIGIN}src/popup/index.html` },
    allowed: null,
  },
  {
    name: "another extension's content script",
    sender: { id: OTHER_ID, url: PING_PAGE, tab, frameId: 0 },
    allowed: null,
  },
  { name: "our id without a URL, in a tab", sender: { id: OWN_ID, tab, frameId: 0 }, allowed: null },
  { name: "our id without a URL or tab", sender: { id: OWN_ID }, allowed: null },
  {
    name: "a web page (no extension id)",
    sender: { url: "https://evil.test/", tab, frameId: 0 },
    allowed: null,
  },
  { name: "a web page with an empty id", sender: { id: "", url: PING_PAGE, tab, frameId: 0 }, allowed: null },
];

const allSpies = Object.values(spy);
const handle = makeMessageHandler(OWN_ID, OWN_ORIGIN);

describe("the background's sender gate", () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  const matrix = TYPES.flatMap((type) => SENDERS.map((s) => ({ type, ...s })));

  it.each(matrix)("$type from $name", async ({ type, sender, allowed }) => {
    const { request, from, reaches } = CASES[type];
    expect(parseMessage({ type, ...request }), "the sample must be a valid message").not.toBeNull();

    const answer = handle({ type, ...request, smuggled: "extra field" }, sender);

    if (allowed === from) {
      expect(answer).toBeInstanceOf(Promise);
      await answer;
      expect(reaches).toHaveBeenCalledTimes(1);
      const entries = new Set(TYPES.map((t) => CASES[t].reaches));
      const calls = [...entries].reduce((sum, s) => sum + s.mock.calls.length, 0);
      expect(calls, "exactly one handler runs").toBe(1);
      expect(JSON.stringify(allSpies.map((s) => s.mock.calls))).not.toContain("smuggled");
    } else {
      expect(answer, "no answer at all to a refused sender").toBeUndefined();
      await Promise.resolve();
      for (const s of allSpies) expect(s).not.toHaveBeenCalled();
    }
  });
});

/** mulberry32: small, seeded, and the same sequence on every run, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MB = "x".repeat(1 << 20);
const HUGE_ARRAY: unknown[] = new Array(1_000_000).fill("a");
const DEEP = (() => {
  let v: unknown = "bottom";
  for (let i = 0; i < 100_000; i++) v = { profile: v, settings: v, 0: v };
  return v;
})();
const POISON_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":{"type":"capture","token":"a.b.c"}}',
];
const ATOMS: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER,
  MAX_LEAD_MINUTES,
  MAX_LEAD_MINUTES + 1,
  10n,
  Symbol("s"),
  "",
  "x".repeat(200),
  "x".repeat(201),
  "x".repeat(1000),
  "x".repeat(1001),
  "a".repeat(MAX_TOKEN_LENGTH),
  "a".repeat(MAX_TOKEN_LENGTH + 1),
  "a".repeat(MAX_CONFIG_TEXT + 1),
  MB,
  "__proto__",
  "constructor",
  "toString",
  "<script>alert(1)</script>",
  "\u202e\u0301💥",
  [],
  HUGE_ARRAY,
  DEEP,
  new Date(0),
  new Map(),
  Object.create(null),
  () => "function",
  ...APPLICATIONS,
  ...PINGONE_REGIONS,
  ...AUTH_METHODS,
];
const STRAY_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "then", "12345"];
const FUZZ_TYPES: unknown[] = [
  ...TYPES,
  "",
  "CAPTURE",
  "capture ",
  "__proto__",
  "constructor",
  "hasOwnProperty",
];

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

function fuzzValue(next: () => number, depth: number): unknown {
  const roll = next();
  if (roll < 0.6 || depth > 2) return pick(next, ATOMS);
  if (roll < 0.7) return JSON.parse(pick(next, POISON_JSON));
  if (roll < 0.8) return [fuzzValue(next, depth + 1), fuzzValue(next, depth + 1)];
  return fuzzRecord(next, depth + 1, {});
}

/** Each field of `sample` kept, dropped or replaced, plus a few stray keys. */
function fuzzRecord(next: () => number, depth: number, sample: object): Record<string, unknown> {
  const out: Record<string, unknown> = JSON.parse(next() < 0.2 ? '{"__proto__":{"polluted":"yes"}}' : "{}");
  for (const [key, value] of Object.entries(sample)) {
    const roll = next();
    if (roll < 0.4) out[key] = value;
    else if (roll < 0.5 && typeof value === "object" && value !== null)
      out[key] = fuzzRecord(next, depth, value);
    else if (roll < 0.9) out[key] = fuzzValue(next, depth);
  }
  if (next() < 0.3) {
    const key = pick(next, STRAY_KEYS);
    // An own property even for "__proto__", as JSON.parse and structured clone make it.
    Object.defineProperty(out, key, { value: fuzzValue(next, depth), enumerable: true, writable: true });
  }
  return out;
}

function fuzzMessage(next: () => number): unknown {
  if (next() < 0.1) return fuzzValue(next, 0);
  const type = pick(next, FUZZ_TYPES);
  const sample = TYPES.includes(type as MessageType) ? CASES[type as MessageType].request : {};
  const message = fuzzRecord(next, 0, sample);
  if (next() < 0.95) message.type = type;
  return message;
}

// What each message may hold once parsed: the documented types and sizes, and not one key more.
type Check = (v: unknown) => boolean;
const str =
  (max: number): Check =>
  (v) =>
    typeof v === "string" && v.length <= max;
const oneOf =
  (list: readonly unknown[]): Check =>
  (v) =>
    list.includes(v);
const bool: Check = (v) => typeof v === "boolean";
const tabId: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const short = str(200);
const app = oneOf(APPLICATIONS);

/** A plain object with every key of `shape`, any of `optional`, and no other, each a data property. */
function exactly(shape: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  const all = { ...shape, ...optional };
  return (v) => {
    if (typeof v !== "object" || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
    const keys = Reflect.ownKeys(v);
    if (!Object.keys(shape).every((key) => keys.includes(key))) return false;
    return keys.every((key) => {
      const d = typeof key === "string" ? Object.getOwnPropertyDescriptor(v, key) : undefined;
      const check = typeof key === "string" ? all[key] : undefined;
      return d !== undefined && check !== undefined && "value" in d && check(d.value);
    });
  };
}

const minutes: Check = (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_LEAD_MINUTES;

const SHAPES: Record<MessageType, Check> = {
  captureExpected: exactly({ type: oneOf(["captureExpected"]) }),
  capture: exactly({ type: oneOf(["capture"]), token: str(MAX_TOKEN_LENGTH) }),
  captureNone: exactly({ type: oneOf(["captureNone"]), detail: (v) => v === null || str(MAX_DETAIL)(v) }),
  pasteToken: exactly({
    type: oneOf(["pasteToken"]),
    profileId: short,
    app,
    token: str(MAX_TOKEN_LENGTH),
  }),
  saveProfile: exactly({
    type: oneOf(["saveProfile"]),
    profile: exactly({
      id: (v) => v === null || short(v),
      environment: short,
      customer: short,
      region: short,
      name: short,
    }),
  }),
  removeProfile: exactly({ type: oneOf(["removeProfile"]), id: short }),
  signIn: exactly({ type: oneOf(["signIn"]), profileId: short, app }),
  removeToken: exactly({ type: oneOf(["removeToken"]), key: short }),
  applyDocs: exactly({ type: oneOf(["applyDocs"]), tabId }),
  removeFromDocs: exactly({ type: oneOf(["removeFromDocs"]), tabId }),
  setDocsPin: exactly({ type: oneOf(["setDocsPin"]), origin: short, app: (v) => v === null || app(v) }),
  setSettings: exactly(
    { type: oneOf(["setSettings"]) },
    {
      autoAuthorize: bool,
      keepTokens: bool,
      notifyLeadMinutes: minutes,
      renewLeadMinutes: minutes,
    },
  ),
  addDocsOrigin: exactly({ type: oneOf(["addDocsOrigin"]), origin: short, profileId: short, app }),
  removeDocsOrigin: exactly({ type: oneOf(["removeDocsOrigin"]), origin: short }),
  saveClientCredentials: exactly({
    type: oneOf(["saveClientCredentials"]),
    profileId: short,
    secret: str(1000),
    settings: exactly({
      region: oneOf(PINGONE_REGIONS),
      environmentId: short,
      clientId: short,
      scope: short,
      authMethod: oneOf(AUTH_METHODS),
      keepFresh: bool,
      keepSecret: bool,
    }),
  }),
  removeClientCredentials: exactly({ type: oneOf(["removeClientCredentials"]), profileId: short }),
  clientSecretsSaved: exactly({ type: oneOf(["clientSecretsSaved"]) }),
  getClientToken: exactly({ type: oneOf(["getClientToken"]), profileId: short }),
  clearTokens: exactly({ type: oneOf(["clearTokens"]) }),
  discardKeptAside: exactly({
    type: oneOf(["discardKeptAside"]),
    area: oneOf(["local", "session"]),
    key: short,
  }),
  importConfig: exactly({ type: oneOf(["importConfig"]), text: str(MAX_CONFIG_TEXT) }),
  setProfileLook: exactly({
    type: oneOf(["setProfileLook"]),
    id: short,
    colour: oneOf(PROFILE_COLOURS),
    defaultApp: (v) => v === null || app(v),
  }),
  moveProfile: exactly({ type: oneOf(["moveProfile"]), id: short, by: oneOf([-1, 1]) }),
  setSilentRenewal: exactly({ type: oneOf(["setSilentRenewal"]), key: short, on: bool }),
};

function wellFormed(parsed: unknown): boolean {
  const type = (parsed as { type?: unknown }).type;
  return TYPES.includes(type as MessageType) && SHAPES[type as MessageType](parsed);
}

/** A short description of an input for a failure report; the inputs themselves can be megabytes deep. */
const describeInput = (v: unknown): string =>
  typeof v === "object" && v !== null
    ? `{${Object.keys(v)
        .map((k) => `${k}: ${typeof (v as Record<string, unknown>)[k]}`)
        .join(", ")}}`
    : typeof v;

/** Every field of every sample, nested ones included, with its valid value. */
const FIELD_PATHS = TYPES.flatMap((type) => {
  const paths = (value: object, prefix: string[]): { path: string[]; first: unknown }[] =>
    Object.entries(value).flatMap(([key, v]) => [
      { path: [...prefix, key], first: v },
      ...(typeof v === "object" && v !== null ? paths(v, [...prefix, key]) : []),
    ]);
  return paths({ type, ...CASES[type].request }, []).map((p) => ({ type, ...p }));
});

/** A copy of `type`'s sample whose field at `path` is an enumerable getter. */
function withGetter(type: MessageType, path: string[], get: () => unknown): Record<string, unknown> {
  const message: Record<string, unknown> = structuredClone({ type, ...CASES[type].request });
  let holder = message;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
  Object.defineProperty(holder, path.at(-1) ?? "", { enumerable: true, get });
  return message;
}

function withExtraKeys(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withExtraKeys(v)]));
  return { ...copy, smuggled: "extra", ...JSON.parse('{"__proto__":{"polluted":"yes"}}') };
}

const snapshot = () =>
  Object.getOwnPropertyNames(Object.prototype).map((name) => [
    name,
    Object.getOwnPropertyDescriptor(Object.prototype, name),
  ]);

describe("parseMessage against hostile input", () => {
  it("every sample and every type's fields are covered by the fuzzer", () => {
    for (const type of TYPES) expect(wellFormed(parseMessage({ type, ...CASES[type].request }))).toBe(true);
  });

  it("never throws, and returns null or a well-formed message, over 5000 seeded random inputs", () => {
    const before = snapshot();
    const next = prng(0x51a5);
    const failures: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const input = fuzzMessage(next);
      try {
        const parsed = parseMessage(input);
        if (parsed !== null) accepted++;
        if (parsed !== null && !wellFormed(parsed)) failures.push(`#${i} accepted ${describeInput(input)}`);
      } catch (error) {
        failures.push(`#${i} threw ${String(error)} on ${describeInput(input)}`);
      }
    }
    expect(failures).toEqual([]);
    // A fuzzer that never produces a valid message tests only the first line of parseMessage.
    expect(accepted).toBeGreaterThan(250);
    expect(snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("drops unknown keys at every level", () => {
    for (const type of TYPES) {
      const message = withExtraKeys({ type, ...CASES[type].request });
      expect(wellFormed(parseMessage(message)), type).toBe(true);
    }
  });

  it("refuses, without throwing, a message whose field getters throw", () => {
    const failures: string[] = [];
    for (const { type, path } of FIELD_PATHS) {
      const message = withGetter(type, path, () => {
        throw new Error(`getter ${path.join(".")}`);
      });
      try {
        expect(parseMessage(message)).toBeNull();
      } catch (error) {
        failures.push(`${type} ${path.join(".")}: ${String(error)}`);
      }
    }
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    try {
      expect(parseMessage(proxy)).toBeNull();
    } catch (error) {
      failures.push(`revoked proxy: ${String(error)}`);
    }
    expect(failures).toEqual([]);
  });

  it("reads each field once: a getter that turns hostile after its first read cannot slip through", () => {
    const failures: string[] = [];
    for (const { type, path, first } of FIELD_PATHS) {
      let reads = 0;
      const hostile = path[0] === "type" ? "capture" : MB;
      const parsed = parseMessage(withGetter(type, path, () => (reads++ === 0 ? first : hostile)));
      if (parsed !== null && !wellFormed(parsed)) failures.push(`${type} ${path.join(".")}`);
    }
    expect(failures).toEqual([]);
  });
});
