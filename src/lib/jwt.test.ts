import { describe, expect, it } from "vitest";
import { decodeJwt, MAX_TOKEN_LENGTH, numericDateToMs, rolesOf } from "./jwt";

const b64url = (value: string) => Buffer.from(value).toString("base64url");
const token = (header: string, payload: string, signature = "c2ln") =>
  `${b64url(header)}.${b64url(payload)}.${signature}`;

describe("decodeJwt", () => {
  it("decodes header and claims of a well-formed token", () => {
    const result = decodeJwt(token('{"alg":"RS256","typ":"JWT"}', '{"sub":"ann","exp":1700000000}'));
    expect(result).toEqual({
      ok: true,
      jwt: { header: { alg: "RS256", typ: "JWT" }, claims: { sub: "ann", exp: 1700000000 } },
    });
  });

  it("reads base64url without padding, including - and _", () => {
    // "?>" encodes to "Pz4" in base64 (needs padding) and the payload holds characters that become - and _.
    const payload = '{"s":"?>?>","t":"ÿþ"}';
    expect(b64url(payload)).toMatch(/[-_]/);
    expect(b64url(payload)).not.toContain("=");
    const result = decodeJwt(token('{"alg":"none"}', payload));
    expect(result.ok && result.jwt.claims).toEqual({ s: "?>?>", t: "ÿþ" });
  });

  it("rejects a payload that is not JSON", () => {
    expect(decodeJwt(token('{"alg":"RS256"}', "not json"))).toEqual({
      ok: false,
      error: "Not a JWT: the payload is not JSON.",
    });
  });

  it.each(["[1,2]", "42", '"text"', "null"])("rejects a payload that is JSON but not an object: %s", (p) => {
    expect(decodeJwt(token('{"alg":"RS256"}', p))).toEqual({
      ok: false,
      error: "Not a JWT: the payload is not a JSON object.",
    });
  });

  it("rejects a header that is not JSON or has no alg", () => {
    expect(decodeJwt(token("nope", "{}")).ok).toBe(false);
    expect(decodeJwt(token('{"typ":"JWT"}', "{}"))).toEqual({
      ok: false,
      error: "Not a JWT: the header has no algorithm (alg).",
    });
  });

  it.each([
    ["two parts", "abc.def"],
    ["four parts", "a.b.c.d"],
    ["empty signature", `${b64url('{"alg":"RS256"}')}.${b64url("{}")}.`],
    ["standard base64 characters", `${b64url('{"alg":"RS256"}')}.ab+/.sig`],
    ["surrounding whitespace", ` ${token('{"alg":"RS256"}', "{}")}`],
    ["empty string", ""],
  ])("rejects %s", (_name, raw) => {
    expect(decodeJwt(raw).ok).toBe(false);
  });

  it("rejects anything longer than the cap without decoding it", () => {
    const long = token('{"alg":"RS256"}', JSON.stringify({ pad: "x".repeat(MAX_TOKEN_LENGTH) }));
    expect(decodeJwt(long)).toEqual({ ok: false, error: "This is too long to be a token." });
  });
});

describe("numericDateToMs", () => {
  it("reads seconds, as the standard says", () => {
    expect(numericDateToMs(1_700_000_000)).toBe(1_700_000_000_000);
  });
  it("reads milliseconds when the value would otherwise lie past the year 5000", () => {
    expect(numericDateToMs(1_700_000_000_123)).toBe(1_700_000_000_123);
  });
  it.each([undefined, null, "1700000000", -1, 0, Number.NaN, Number.POSITIVE_INFINITY])(
    "gives null for %s",
    (value) => {
      expect(numericDateToMs(value)).toBeNull();
    },
  );
});

describe("rolesOf", () => {
  it("collects groups, roles and space-separated scopes without repeats", () => {
    expect(
      rolesOf({ groups: ["dev-tls-admin", 7, "prod-tls-audit"], scope: "openid dev-tls-admin" }),
    ).toEqual(["dev-tls-admin", "prod-tls-audit", "openid"]);
  });
});
