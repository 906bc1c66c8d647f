import { describe, expect, it } from "vitest";
import { isTokenKeyOf, tokenKey } from "./state";

describe("isTokenKeyOf", () => {
  it("knows the keys of every token of the profile, and none of another profile's", () => {
    for (const source of ["capture", "client-credentials"] as const) {
      expect(isTokenKeyOf(tokenKey("p1", "argocd", source), "p1")).toBe(true);
    }
    const managed = "managed:dev-acme.us1.ping.cloud";
    expect(isTokenKeyOf(tokenKey(managed, "self-service"), managed)).toBe(true);
    expect(isTokenKeyOf(tokenKey("p10", "argocd"), "p1")).toBe(false);
    expect(isTokenKeyOf(tokenKey("p1", "argocd"), "p10")).toBe(false);
  });
});
