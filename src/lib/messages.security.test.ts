// Hostile-world checks on the message boundary: every message type from every kind of sender, and
// parseMessage under random, oversized and booby-trapped input.

import { beforeEach, describe, expect, it, vi } from "vitest";
import { conforms, fieldPaths, sampleOf } from "../test-setup/schema-walk";
import { AUTH_METHODS, PINGONE_REGIONS } from "./client-credentials";
import { MAX_TOKEN_LENGTH } from "./jwt";
import {
  type Handlers,
  MAX_CONFIG_TEXT,
  MESSAGES,
  type MessageType,
  messageListener,
  parseMessage,
  type SenderFacts,
} from "./messages";
import { APPLICATIONS } from "./profile";
import { MAX_LEAD_MINUTES } from "./state";

const TYPES = Object.keys(MESSAGES) as MessageType[];

/**
 * The messages a content script, on a P1AS page, may send: written out here, not read from the table, so
 * that widening the table's sender rules fails this test. Every other message is for our own pages only.
 */
const FROM_CONTENT_SCRIPT: MessageType[] = ["captureExpected", "capture", "captureNone"];

/** One valid request per message type, made from its schema. */
const SAMPLES = Object.fromEntries(TYPES.map((type) => [type, sampleOf(MESSAGES[type].request)])) as Record<
  MessageType,
  Record<string, unknown>
>;

// A spy for each handler, so that only the gate runs: the real handlers touch storage, tabs and the network.
const HANDLERS = Object.fromEntries(TYPES.map((type) => [type, vi.fn(async () => ({ ok: true }))])) as Record<
  MessageType,
  ReturnType<typeof vi.fn>
>;

type From = "content script" | "our pages";
const fromOf = (type: MessageType): From =>
  MESSAGES[type].from === "content-top-frame" ? "content script" : "our pages";

const OWN_ID = "ownextensionidaaaaaaaaaaaaaaaaaa";
// What browser.runtime.getURL("") gives, as the background passes it.
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const OTHER_ID = "otherextensionidbbbbbbbbbbbbbbbb";
const PING_PAGE = "https://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/success";
const tab = { id: 5, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

type Sender = SenderFacts;
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

const allSpies = Object.values(HANDLERS);
const handle = messageListener(HANDLERS as unknown as Handlers<Sender>, OWN_ID, OWN_ORIGIN);

describe("the background's sender gate", () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it("lets content scripts send only the messages pinned here", () => {
    expect(TYPES.filter((type) => MESSAGES[type].from === "content-top-frame")).toEqual(FROM_CONTENT_SCRIPT);
    for (const type of TYPES) expect(["content-top-frame", "extension-page"]).toContain(MESSAGES[type].from);
  });

  const matrix = TYPES.flatMap((type) => SENDERS.map((s) => ({ type, ...s })));

  it.each(matrix)("$type from $name", async ({ type, sender, allowed }) => {
    const request = SAMPLES[type];
    const from = fromOf(type);
    const reaches = HANDLERS[type];
    expect(parseMessage({ type, ...request }), "the sample must be a valid message").not.toBeNull();

    const answer = handle({ type, ...request, smuggled: "extra field" }, sender);

    if (allowed === from) {
      expect(answer).toBeInstanceOf(Promise);
      await answer;
      expect(reaches).toHaveBeenCalledTimes(1);
      const calls = allSpies.reduce((sum, s) => sum + s.mock.calls.length, 0);
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
  const sample = TYPES.includes(type as MessageType) ? SAMPLES[type as MessageType] : {};
  const message = fuzzRecord(next, 0, sample);
  if (next() < 0.95) message.type = type;
  return message;
}

/** Whether a parsed message is exactly what its schema declares, checked by walking the schema. */
function wellFormed(parsed: unknown): boolean {
  if (typeof parsed !== "object" || parsed === null) return false;
  const { type, ...fields } = parsed as Record<string, unknown>;
  return TYPES.includes(type as MessageType) && conforms(MESSAGES[type as MessageType].request, fields);
}

/** A short description of an input for a failure report; the inputs themselves can be megabytes deep. */
const describeInput = (v: unknown): string =>
  typeof v === "object" && v !== null
    ? `{${Object.keys(v)
        .map((k) => `${k}: ${typeof (v as Record<string, unknown>)[k]}`)
        .join(", ")}}`
    : typeof v;

/** Every field of every sample, nested ones included, with its valid value. */
const FIELD_PATHS = TYPES.flatMap((type) => [
  { type, path: ["type"], first: type as unknown },
  ...fieldPaths(MESSAGES[type].request).map(({ path, sample }) => ({ type, path, first: sample })),
]);

/** A copy of `type`'s sample whose field at `path` is an enumerable getter. */
function withGetter(type: MessageType, path: string[], get: () => unknown): Record<string, unknown> {
  const message: Record<string, unknown> = structuredClone({ type, ...SAMPLES[type] });
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
    for (const type of TYPES) expect(wellFormed(parseMessage({ type, ...SAMPLES[type] }))).toBe(true);
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
      const message = withExtraKeys({ type, ...SAMPLES[type] });
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
