import { describe, expect, it } from "vitest";
import type { Profile } from "./profile";
import type { StoredToken } from "./state";
import { decideTerminal, parseHostMessage, profileNamed, type TerminalFacts } from "./terminal";

const NOW = 1_800_000_000_000;
const acme: Profile = { id: "a", environment: "dev", customer: "acme", region: "us1", name: "" };
const prod: Profile = { id: "p", environment: "prod", customer: "acme", region: "us1", name: "Acme prod" };
const token = (profileId: string, app: StoredToken["app"], exp: number | null, capturedAt = NOW - 1000) =>
  ({
    raw: `raw-${profileId}-${app}-${capturedAt}`,
    profileId,
    app,
    source: "capture",
    capturedAt,
    exp,
  }) as const;

const facts = (over: Partial<TerminalFacts> = {}): TerminalFacts => ({
  profiles: [acme, prod],
  access: { a: "allow" },
  policyOff: false,
  tokens: [token("a", "self-service", NOW + 60_000)],
  now: NOW,
  ...over,
});

describe("decideTerminal", () => {
  it("gives the one valid token of the profiles with access on", () => {
    const decision = decideTerminal(facts(), { kind: "token" });
    expect(decision).toMatchObject({
      kind: "give",
      token: { raw: `raw-a-self-service-${NOW - 1000}` },
      ask: false,
    });
  });

  it("never gives an expired token, nor one of a profile whose access is off", () => {
    expect(
      decideTerminal(facts({ tokens: [token("a", "self-service", NOW - 1)] }), { kind: "token" }),
    ).toEqual({
      kind: "refuse",
      refusal: { ok: false, reason: "noValidToken", profile: "dev-acme.us1" },
    });
    // prod holds a valid token, but its access is off: it is not a candidate, and naming it says so.
    const prodToken = facts({ tokens: [token("p", "self-service", NOW + 60_000)] });
    expect(decideTerminal(prodToken, { kind: "token" })).toMatchObject({
      refusal: { reason: "noValidToken" },
    });
    expect(decideTerminal(prodToken, { kind: "token", profile: "Acme prod" })).toEqual({
      kind: "refuse",
      refusal: { ok: false, reason: "accessOff", profile: "Acme prod" },
    });
  });

  it("never gives another application's token", () => {
    expect(decideTerminal(facts(), { kind: "token", app: "pingfederate" })).toMatchObject({
      refusal: { reason: "noValidToken", app: "pingfederate" },
    });
  });

  it("asks when the profile's access is Ask each time", () => {
    expect(decideTerminal(facts({ access: { a: "ask" } }), { kind: "token" })).toMatchObject({
      kind: "give",
      ask: true,
    });
  });

  it("refuses everything when the policy turned terminal access off", () => {
    expect(decideTerminal(facts({ policyOff: true }), { kind: "token" })).toEqual({
      kind: "refuse",
      refusal: { ok: false, reason: "accessOff" },
    });
    expect(decideTerminal(facts({ policyOff: true }), { kind: "list" })).toMatchObject({ kind: "refuse" });
  });

  it("names the choices when several apply, and takes the newest of one pair", () => {
    const several = facts({
      access: { a: "allow", p: "ask" },
      tokens: [
        token("a", "self-service", NOW + 60_000),
        token("a", "pingfederate", null),
        token("p", "self-service", NOW + 60_000),
      ],
    });
    expect(decideTerminal(several, { kind: "token" })).toEqual({
      kind: "refuse",
      refusal: {
        ok: false,
        reason: "ambiguous",
        choices: [
          { profile: "dev-acme.us1", domain: "dev-acme.us1.ping.cloud", app: "self-service" },
          { profile: "dev-acme.us1", domain: "dev-acme.us1.ping.cloud", app: "pingfederate" },
          { profile: "Acme prod", domain: "prod-acme.us1.ping.cloud", app: "self-service" },
        ],
      },
    });
    expect(decideTerminal(several, { kind: "token", profile: "prod-acme.us1.ping.cloud" })).toMatchObject({
      kind: "give",
      profile: prod,
      ask: true,
    });
    const newer = facts({
      tokens: [token("a", "self-service", null, 1), token("a", "self-service", null, 2)],
    });
    expect(decideTerminal(newer, { kind: "token" })).toMatchObject({ token: { capturedAt: 2 } });
  });

  it("signs in to one profile's application when asked and none is valid", () => {
    expect(
      decideTerminal(facts({ tokens: [] }), { kind: "token", signIn: true, app: "argocd" }),
    ).toMatchObject({
      kind: "signIn",
      profile: acme,
      app: "argocd",
    });
    const withDefault = facts({ profiles: [{ ...acme, defaultApp: "pingaccess" }], tokens: [] });
    expect(decideTerminal(withDefault, { kind: "token", signIn: true })).toMatchObject({ app: "pingaccess" });
    const two = facts({ access: { a: "allow", p: "allow" }, tokens: [] });
    expect(decideTerminal(two, { kind: "token", signIn: true })).toMatchObject({
      refusal: { reason: "ambiguous" },
    });
  });

  it("does not know a profile that is not there", () => {
    expect(decideTerminal(facts(), { kind: "token", profile: "staging" })).toMatchObject({
      refusal: { reason: "unknownProfile", profile: "staging" },
    });
  });

  it("lists the open profiles' applications with validity, never a token", () => {
    const decision = decideTerminal(facts(), { kind: "list", app: "self-service" });
    expect(decision).toEqual({
      kind: "list",
      entries: [
        {
          profile: "dev-acme.us1",
          domain: "dev-acme.us1.ping.cloud",
          app: "self-service",
          access: "allow",
          valid: true,
          exp: NOW + 60_000,
        },
      ],
    });
    expect(JSON.stringify(decideTerminal(facts(), { kind: "list" }))).not.toContain("raw-");
  });
});

describe("profileNamed", () => {
  it("matches a name, a label or a domain, in any case", () => {
    expect(profileNamed([acme, prod], "ACME PROD")).toBe(prod);
    expect(profileNamed([acme, prod], "dev-acme.us1")).toBe(acme);
    expect(profileNamed([acme, prod], "dev-acme.us1.ping.cloud")).toBe(acme);
    expect(profileNamed([acme, prod], "acme")).toBeNull();
  });
});

describe("parseHostMessage", () => {
  it("reads requests, cancels and the host's hello, and nothing else", () => {
    expect(parseHostMessage({ id: 3, request: { kind: "token", app: "argocd", extra: 1 } })).toEqual({
      kind: "request",
      id: 3,
      request: { kind: "token", app: "argocd" },
    });
    expect(parseHostMessage({ id: 3, cancel: true })).toEqual({ kind: "cancel", id: 3 });
    expect(parseHostMessage({ ready: true })).toEqual({ kind: "ready" });
    expect(parseHostMessage({ id: 3, request: { kind: "secret" } })).toBeNull();
    expect(parseHostMessage({ id: -1, request: { kind: "list" } })).toBeNull();
    expect(parseHostMessage("x")).toBeNull();
  });
});
