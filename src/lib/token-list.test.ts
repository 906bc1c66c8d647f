import { describe, expect, it } from "vitest";
import type { Profile } from "./profile";
import type { StoredToken } from "./state";
import { listTokens, matchesFilter, searchText } from "./token-list";

const profile = (id: string, environment: string, name = ""): Profile => ({
  id,
  environment,
  customer: "acme",
  region: "us1",
  name,
});
const [dev, prod, gone] = [profile("d", "dev"), profile("p", "prod", "Production"), profile("g", "old")];
const PROFILES = [dev, prod];

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const jwt = (claims: object) => `${b64({ alg: "none" })}.${b64(claims)}.sig`;
const token = (
  profileId: string,
  app: StoredToken["app"],
  extra: Partial<StoredToken> = {},
): StoredToken => ({
  raw: jwt({ sub: `${app}-user`, groups: [`${app}-admin`] }),
  profileId,
  app,
  source: "capture",
  capturedAt: 1,
  exp: null,
  ...extra,
});

const TOKENS = {
  "d/argocd": token("d", "argocd"),
  "p/pingfederate": token("p", "pingfederate"),
  "d/self-service": token("d", "self-service"),
  "p/self-service/client-credentials": token("p", "self-service", { source: "client-credentials" }),
  "p/self-service": token("p", "self-service"),
  "g/argocd": token("g", "argocd"),
};
const keys = (url: string | null) => listTokens(TOKENS, PROFILES, url).map((t) => t.key);

describe("listTokens", () => {
  it("orders by profile, then application as Sign in lists them, captured before minted", () => {
    expect(keys(null)).toEqual([
      "d/self-service",
      "d/argocd",
      "p/self-service",
      "p/self-service/client-credentials",
      "p/pingfederate",
    ]);
  });

  it("puts the page's environment first, on any of its hosts, and marks its tokens", () => {
    const listed = listTokens(TOKENS, PROFILES, "https://grafana.prod-acme.us1.ping.cloud/d/1");
    expect(listed.map((t) => t.key)).toEqual([
      "p/self-service",
      "p/self-service/client-credentials",
      "p/pingfederate",
      "d/self-service",
      "d/argocd",
    ]);
    expect(listed.map((t) => t.onThisPage)).toEqual([true, true, true, false, false]);
  });

  it("leads with nothing on a host that only looks like an environment's", () => {
    for (const url of [
      "https://prod-acme.us1.ping.cloud.evil.example/",
      "http://grafana.prod-acme.us1.ping.cloud/",
      "chrome://extensions/",
    ]) {
      expect(keys(url)[0], url).toBe("d/self-service");
    }
  });

  it("leaves out tokens of a profile that is gone", () => {
    expect(keys(null)).not.toContain("g/argocd");
    expect(gone.id).toBe("g");
  });
});

describe("the filter", () => {
  const [first] = listTokens({ "p/pingfederate": TOKENS["p/pingfederate"] }, PROFILES, null);
  const text = first ? searchText(first) : "";

  it.each([
    ["the profile's name", "production"],
    ["the domain", "prod-acme.us1"],
    ["the application", "pingfed"],
    ["the subject", "pingfederate-user"],
    ["a role", "pingfederate-admin"],
    ["several words in any order, any case", "ADMIN prod"],
    ["nothing typed", "   "],
  ])("finds a token by %s", (_, query) => {
    expect(matchesFilter(text, query)).toBe(true);
  });

  it("drops a token when one word is not found", () => {
    expect(matchesFilter(text, "prod argocd")).toBe(false);
  });

  it("still lists a token whose text is no JWT, by profile and application", () => {
    const [bad] = listTokens({ "d/argocd": token("d", "argocd", { raw: "not-a-jwt" }) }, PROFILES, null);
    expect(bad && matchesFilter(searchText(bad), "dev argocd")).toBe(true);
  });
});
