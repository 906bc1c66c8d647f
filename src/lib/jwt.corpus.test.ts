// A corpus of odd and hostile tokens, each with the outcome the code documents. Decoding is for display
// only: nothing here verifies a signature, and no decision in the extension rests on a decoded claim.
import { describe, expect, it } from "vitest";
import { decodeJwt, MAX_TOKEN_LENGTH, numericDateToMs, rolesOf } from "./jwt";

const b64url = (value: string) => Buffer.from(value).toString("base64url");
const RS256 = b64url('{"alg":"RS256","typ":"JWT"}');
const token = (payload: string, header = RS256, signature = "c2ln") =>
  `${header}.${b64url(payload)}.${signature}`;

const SHAPE = "Not a JWT: expected three base64url parts separated by dots.";
const HEADER_JSON = "Not a JWT: the header is not JSON.";
const NO_ALG = "Not a JWT: the header has no algorithm (alg).";
const PAYLOAD_JSON = "Not a JWT: the payload is not JSON.";
const NOT_OBJECT = "Not a JWT: the payload is not a JSON object.";
const TOO_LONG = "This is too long to be a token.";

/** `part` padded with "A"s to a length that is 1 modulo 4, which no base64 text can have. */
const oneOver = (part: string) => part + "A".repeat((5 - (part.length % 4)) % 4);

describe("decodeJwt corpus: refused, with the reason shown to the user", () => {
  it.each([
    ["one part", RS256, SHAPE],
    ["two parts", `${RS256}.${b64url("{}")}`, SHAPE],
    ["four parts", `${token("{}")}.c2ln`, SHAPE],
    ["empty header", `.${b64url("{}")}.c2ln`, SHAPE],
    ["empty payload", `${RS256}..c2ln`, SHAPE],
    ["only dots", "..", SHAPE],
    ["empty string", "", SHAPE],
    ["'+' (base64, not base64url)", `${RS256}.ab+c.c2ln`, SHAPE],
    ["'/' (base64, not base64url)", `${RS256}.ab/c.c2ln`, SHAPE],
    ["'=' padding", `${RS256}.${b64url("{}")}==.c2ln`, SHAPE],
    ["a space inside", `${RS256}.${b64url("{}")} .c2ln`, SHAPE],
    ["a trailing newline", `${token("{}")}\n`, SHAPE],
    ["non-ASCII letters", `${RS256}.${b64url("{}")}é.c2ln`, SHAPE],
    ["full-width dots", token("{}").replaceAll(".", "．"), SHAPE],
    ["header length % 4 == 1", `${oneOver(RS256)}.${b64url("{}")}.c2ln`, HEADER_JSON],
    ["payload length % 4 == 1", `${RS256}.${oneOver(b64url('{"a":1}'))}.c2ln`, PAYLOAD_JSON],
    ["header without alg", token("{}", b64url('{"typ":"JWT"}')), NO_ALG],
    ["alg not a string", token("{}", b64url('{"alg":256}')), NO_ALG],
    ["header an array", token("{}", b64url('[{"alg":"RS256"}]')), NO_ALG],
    ["header null", token("{}", b64url("null")), NO_ALG],
    ["header not JSON", token("{}", b64url("RS256")), HEADER_JSON],
    ["payload null", token("null"), NOT_OBJECT],
    ["payload a number", token("42"), NOT_OBJECT],
    ["payload an array", token('[{"sub":"ann"}]'), NOT_OBJECT],
    ["payload a string", token('"sub"'), NOT_OBJECT],
    ["payload not JSON", token("sub=ann"), PAYLOAD_JSON],
    ["payload with a byte-order mark", token('\ufeff{"sub":"ann"}'), PAYLOAD_JSON],
    // RFC 7519's unsecured JWT has an empty signature; three non-empty parts are required here.
    ["alg none with an empty signature", `${b64url('{"alg":"none"}')}.${b64url("{}")}.`, SHAPE],
  ])("%s", (_name, raw, error) => {
    expect(decodeJwt(raw)).toEqual({ ok: false, error });
  });

  it("refuses a 100 KB token on its length alone, at once", () => {
    const raw = token(JSON.stringify({ pad: "x".repeat(100_000) }));
    const start = performance.now();
    expect(decodeJwt(raw)).toEqual({ ok: false, error: TOO_LONG });
    expect(performance.now() - start).toBeLessThan(20);
  });

  it("checks a near-token at the length cap in linear time", () => {
    // Many dots and a bad last character make a backtracking shape check try every split.
    const raw = `${"a.".repeat(MAX_TOKEN_LENGTH / 2 - 1)}!`;
    expect(raw.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
    const start = performance.now();
    expect(decodeJwt(raw)).toEqual({ ok: false, error: SHAPE });
    expect(performance.now() - start).toBeLessThan(50);
  });
});

describe("decodeJwt corpus: decoded for display", () => {
  it("decodes alg none like any other alg: shown, never trusted", () => {
    const result = decodeJwt(token('{"sub":"ann"}', b64url('{"alg":"none"}'), "x"));
    expect(result).toEqual({ ok: true, jwt: { header: { alg: "none" }, claims: { sub: "ann" } } });
  });

  it("takes the signature as opaque, even one no base64 decoder would accept (length % 4 == 1)", () => {
    expect(decodeJwt(token("{}", RS256, oneOver("c2ln"))).ok).toBe(true);
  });

  it("keeps unicode and markup in claims intact, as text", () => {
    const claims = {
      emoji: "🔑👩🏽‍💻",
      rtl: "\u202eadmin\u202c שלום مرحبا",
      combining: "e\u0301\u0327\u0308",
      markup: "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>",
      lone: "\ud800",
      nul: "a\u0000b",
    };
    const result = decodeJwt(token(JSON.stringify(claims)));
    expect(result.ok && result.jwt.claims).toEqual(claims);
  });

  it("keeps __proto__ and constructor as plain claims, polluting no prototype", () => {
    const header = b64url('{"alg":"RS256","__proto__":{"polluted":"header"}}');
    const result = decodeJwt(
      token('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}', header),
    );
    if (!result.ok) throw new Error(result.error);
    const { header: h, claims } = result.jwt;
    expect(Object.getPrototypeOf(claims)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(h)).toBe(Object.prototype);
    expect(Object.keys(claims)).toEqual(["__proto__", "constructor"]);
    expect(Object.hasOwn(h, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("takes the last of repeated claims, as JSON.parse does", () => {
    const result = decodeJwt(token('{"exp":1,"exp":2}'));
    expect(result.ok && result.jwt.claims).toEqual({ exp: 2 });
  });

  it("reads UTF-8 across several bytes, and keeps a byte-order mark (so such a part is not JSON)", () => {
    const part = (text: string) => Buffer.from(text, "utf8").toString("base64url");
    expect(decodeJwt(`${RS256}.${part('{"n":"Zoë 🔑"}')}.c2ln`)).toMatchObject({
      ok: true,
      jwt: { claims: { n: "Zoë 🔑" } },
    });
    expect(decodeJwt(`${RS256}.${part('\uFEFF{"n":1}')}.c2ln`).ok).toBe(false);
  });

  it("refuses a part whose length no base64 has", () => {
    expect(decodeJwt(`${RS256}.${Buffer.from('{"n":123}').toString("base64url")}a.c2ln`).ok).toBe(false);
  });

  it("shows payload bytes that are not UTF-8 as Latin-1 rather than refusing (jwt-decode's fallback)", () => {
    const raw = `${RS256}.${Buffer.from('{"n":"\xff"}', "latin1").toString("base64url")}.c2ln`;
    const result = decodeJwt(raw);
    expect(result.ok && result.jwt.claims).toEqual({ n: "ÿ" });
  });
});

// 8.64e15 ms is the last instant a Date can hold; past it Intl.DateTimeFormat.format throws, as the
// popup's claims view does for a time claim.
const DATE_MAX_MS = 8.64e15;

describe("numericDateToMs corpus", () => {
  it.each([
    ["seconds", 1_700_000_000, 1_700_000_000_000],
    ["milliseconds", 1_700_000_000_123, 1_700_000_000_123],
    ["fractional seconds", 1_700_000_000.5, 1_700_000_000_500],
    ["the last value read as seconds", 1e11, 1e14],
    ["the first value read as milliseconds", 1e11 + 1, 1e11 + 1],
    ["the last instant a Date holds", DATE_MAX_MS, DATE_MAX_MS],
  ])("reads %s", (_name, value, ms) => {
    expect(numericDateToMs(value)).toBe(ms);
  });

  it.each([
    ["a numeric string", "1700000000"],
    ["a string", "tomorrow"],
    ["negative", -1_700_000_000],
    ["zero", 0],
    ["minus zero", -0],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["a boolean", true],
    ["null", null],
    ["missing", undefined],
    ["an array", [1_700_000_000]],
    ["an object", { valueOf: () => 1_700_000_000 }],
    ["a BigInt", 1_700_000_000n],
  ])("gives null for %s", (_name, value) => {
    expect(numericDateToMs(value)).toBeNull();
  });

  it.each([
    ["just past the Date range", DATE_MAX_MS + 1],
    ["1e300", 1e300],
    ["Number.MAX_VALUE", Number.MAX_VALUE],
  ])("gives null, not a time the popup's date format throws on, for %s", (_name, value) => {
    const ms = numericDateToMs(value);
    expect(
      () => ms === null || new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(ms),
    ).not.toThrow();
  });
});

describe("rolesOf corpus", () => {
  it("collects strings from groups, roles, scope and scp, lists or space-separated, without repeats", () => {
    const claims = {
      groups: ["admin", 7, null, { name: "x" }, ["nested"], "admin"],
      roles: "  audit   admin ",
      scope: ["openid"],
      scp: "openid profile",
    };
    expect(rolesOf(claims)).toEqual(["admin", "audit", "openid", "profile"]);
  });

  it("splits on spaces only, as scopes are space-separated (RFC 6749 §3.3)", () => {
    expect(rolesOf({ scope: "a\tb c\nd" })).toEqual(["a\tb", "c\nd"]);
  });

  it("ignores role claims of other types, and roles under a __proto__ key", () => {
    const claims = JSON.parse('{"__proto__":{"groups":["hidden"]},"roles":{"length":1,"0":"fake"},"scp":3}');
    expect(rolesOf(claims)).toEqual([]);
  });

  it("keeps unicode and markup roles as text", () => {
    expect(rolesOf({ groups: ["<b>admin</b>", "管理者", "\u202eadmin"] })).toEqual([
      "<b>admin</b>",
      "管理者",
      "\u202eadmin",
    ]);
  });
});

it("the corpus's part-length helper makes parts of length 1 modulo 4", () => {
  for (const part of [RS256, b64url('{"a":1}'), "c2ln"]) expect(oneOver(part).length % 4).toBe(1);
});
