import { describe, expect, it } from "vitest";
import { adminApiApplication, chooseToken, docsTarget, originPattern, parseDocsOrigin } from "./docs-target";
import type { Profile } from "./profile";
import type { StoredToken } from "./state";

const acme: Profile = { id: "a", environment: "dev", customer: "acme", region: "us1", name: "" };
const now = 1_700_000_000_000;
const token = (
  app: StoredToken["app"],
  capturedAt: number,
  exp: number | null,
  profileId = "a",
): StoredToken => ({
  raw: `${app}.${capturedAt}`,
  profileId,
  app,
  source: "capture",
  capturedAt,
  exp,
});

describe("docsTarget: a profile's admin API hosts, each its own application", () => {
  it.each([
    ["https://self-service-api.dev-acme.us1.ping.cloud/docs", "self-service"],
    ["https://pingfederate-admin.dev-acme.us1.ping.cloud/pf-admin-api/api-docs/", "pingfederate"],
    ["https://pingfederate-admin-dev.dev-acme.us1.ping.cloud/docs", "pingfederate"],
    ["https://pingaccess-admin.dev-acme.us1.ping.cloud/pa-admin-api/v3/api-docs/", "pingaccess"],
    ["https://pingaccess-admin-api.dev-acme.us1.ping.cloud/docs", "pingaccess"],
    ["https://argocd.dev-acme.us1.ping.cloud/swagger-ui", "argocd"],
    ["https://argocd-dev.dev-acme.us1.ping.cloud/swagger-ui", "argocd"],
  ])("%s → %s", (url, app) => {
    expect(docsTarget([acme], [], url)).toEqual({
      profile: acme,
      origin: new URL(url).origin,
      automatic: app,
    });
  });
  it.each([
    // Runtime hosts and anything that is no admin API: content neither we nor the administrator wrote.
    "https://pingfederate.dev-acme.us1.ping.cloud/docs",
    "https://pingaccess.dev-acme.us1.ping.cloud/docs",
    "https://monitoring.dev-acme.us1.ping.cloud/docs",
    "https://self-service.dev-acme.us1.ping.cloud/docs",
    "https://opensearch.dev-acme.us1.ping.cloud/docs",
    "https://api.dev-acme.us1.ping.cloud/docs",
    "https://pingfederate-administrator.dev-acme.us1.ping.cloud/docs",
    "https://xargocd.dev-acme.us1.ping.cloud/docs",
    "https://a.self-service-api.dev-acme.us1.ping.cloud/docs",
    "https://dev-acme.us1.ping.cloud/docs",
    // Not this environment, not https, not port 443.
    "https://self-service-api.dev-acme.us1.ping.cloud.evil.io/docs",
    "https://self-service-api.xdev-acme.us1.ping.cloud/docs",
    "http://self-service-api.dev-acme.us1.ping.cloud/docs",
    "https://self-service-api.dev-acme.us1.ping.cloud:8443/docs",
    "not a url",
  ])("%s → nothing", (url) => {
    expect(docsTarget([acme], [], url)).toBeNull();
  });
  it("takes an added origin with its own application, exactly, and only of an existing profile", () => {
    const origins = [
      { origin: "https://docs.example.com", profileId: "a", app: "pingaccess" as const },
      { origin: "https://api.dev-acme.us1.ping.cloud", profileId: "a", app: "self-service" as const },
      { origin: "https://x.test", profileId: "gone", app: "self-service" as const },
    ];
    expect(docsTarget([acme], origins, "https://docs.example.com/docs")).toEqual({
      profile: acme,
      origin: "https://docs.example.com",
      automatic: "pingaccess",
    });
    expect(docsTarget([acme], origins, "https://api.dev-acme.us1.ping.cloud/docs")?.automatic).toBe(
      "self-service",
    );
    expect(docsTarget([acme], origins, "https://docs.example.com:444/docs")).toBeNull();
    expect(docsTarget([acme], origins, "https://evil.docs.example.com/docs")).toBeNull();
    expect(docsTarget([acme], origins, "https://x.test/docs")).toBeNull();
  });
});

describe("adminApiApplication", () => {
  it("reads one label only", () => {
    expect(adminApiApplication("argocd.dev-acme.us1.ping.cloud", "dev-acme.us1.ping.cloud")).toBe("argocd");
    expect(adminApiApplication("argocd.x.dev-acme.us1.ping.cloud", "dev-acme.us1.ping.cloud")).toBeNull();
    expect(adminApiApplication("argocd.prod-acme.us1.ping.cloud", "dev-acme.us1.ping.cloud")).toBeNull();
  });
});

describe("chooseToken", () => {
  const hour = 3_600_000;
  const tokens = [
    token("self-service", now - 10, now + hour),
    token("pingfederate", now - 5, now + hour),
    token("argocd", now - 1, now - 1),
    token("opensearch", now, now + hour, "other"),
  ];
  it("takes the token of the host's application", () => {
    expect(chooseToken(tokens, "a", "self-service", now)?.app).toBe("self-service");
  });
  it("takes nothing when the host's application has only an expired token", () => {
    expect(chooseToken(tokens, "a", "argocd", now)).toBeNull();
  });
  it("takes the newer of a captured and a minted token of the application", () => {
    const minted = { ...token("self-service", now - 5, now + hour), source: "client-credentials" as const };
    expect(chooseToken([...tokens, minted], "a", "self-service", now)?.source).toBe("client-credentials");
  });
  it("never takes another application's token, nor another profile's", () => {
    expect(chooseToken(tokens, "a", "pingaccess", now)).toBeNull();
    expect(chooseToken(tokens, "b", "self-service", now)).toBeNull();
  });
});

describe("parseDocsOrigin", () => {
  it.each([
    ["https://docs.example.com/some/path", "https://docs.example.com"],
    ["  https://docs.example.com:8443  ", "https://docs.example.com:8443"],
    ["http://localhost:8080/docs", "http://localhost:8080"],
    ["http://127.0.0.1:3000", "http://127.0.0.1:3000"],
    ["https://api.dev-acme.us1.ping.cloud/docs", "https://api.dev-acme.us1.ping.cloud"],
    [
      "https://pingfederate-admin.dev-acme.us1.ping.cloud",
      "https://pingfederate-admin.dev-acme.us1.ping.cloud",
    ],
  ])("accepts %s as %s", (input, origin) => {
    expect(parseDocsOrigin(input, acme)).toEqual({ ok: true, origin });
  });
  it.each([
    ["docs.example.com", "Enter an origin"],
    ["http://docs.example.com", "Use https"],
    ["ftp://docs.example.com", "Use https"],
    ["https://api.prod-acme.us1.ping.cloud", "environment (dev-acme.us1.ping.cloud)"],
    ["https://dev-acme.us1.ping.cloud", "environment (dev-acme.us1.ping.cloud)"],
    ["https://api.dev-acme.us1.ping.cloud:8443", "default port"],
    ["https://user:pw@docs.example.com", "no user name"],
  ])("refuses %s", (input, message) => {
    const result = parseDocsOrigin(input, acme);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toContain(message);
  });
  it("gives the permission pattern without the port", () => {
    expect(originPattern("http://localhost:8080")).toBe("http://localhost/*");
  });
});
