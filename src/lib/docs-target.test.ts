import { describe, expect, it } from "vitest";
import {
  applicationOfHost,
  chooseToken,
  docsProfile,
  originPattern,
  parseDocsOrigin,
  profileOfHostUrl,
} from "./docs-target";
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

describe("profileOfHostUrl", () => {
  it.each([
    ["https://self-service-api.dev-acme.us1.ping.cloud/docs", acme],
    ["https://pingfederate-admin-api.dev-acme.us1.ping.cloud/docs", acme],
    ["https://dev-acme.us1.ping.cloud/docs", null],
    ["https://self-service-api.dev-acme.us1.ping.cloud.evil.io/docs", null],
    ["https://self-service-api.xdev-acme.us1.ping.cloud/docs", null],
    ["https://a.xdev-acme.us1.ping.cloud/docs", null],
    ["http://self-service-api.dev-acme.us1.ping.cloud/docs", null],
    ["https://self-service-api.dev-acme.us1.ping.cloud:8443/docs", null],
    ["not a url", null],
  ])("%s → %o", (url, profile) => {
    expect(profileOfHostUrl([acme], url)).toEqual(profile);
  });
});

describe("applicationOfHost", () => {
  it.each([
    ["self-service-api.dev-acme.us1.ping.cloud", "self-service"],
    ["pingfederate-admin-api.dev-acme.us1.ping.cloud", "pingfederate"],
    ["pingaccess-admin.dev-acme.us1.ping.cloud", "pingaccess"],
    ["opensearch.dev-acme.us1.ping.cloud", "opensearch"],
    ["argocd.dev-acme.us1.ping.cloud", "argocd"],
    ["self-service.dev-acme.us1.ping.cloud", null],
    ["grafana.dev-acme.us1.ping.cloud", null],
    ["xpingfederate.dev-acme.us1.ping.cloud", null],
  ])("%s → %s", (host, app) => {
    expect(applicationOfHost(host)).toBe(app);
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
  it("else takes the newest valid token of the profile, never another profile's", () => {
    expect(chooseToken(tokens, "a", null, now)?.app).toBe("pingfederate");
    expect(chooseToken(tokens, "b", null, now)).toBeNull();
  });
});

describe("parseDocsOrigin", () => {
  it.each([
    ["https://docs.example.com/some/path", "https://docs.example.com"],
    ["  https://docs.example.com:8443  ", "https://docs.example.com:8443"],
    ["http://localhost:8080/docs", "http://localhost:8080"],
    ["http://127.0.0.1:3000", "http://127.0.0.1:3000"],
  ])("accepts %s as %s", (input, origin) => {
    expect(parseDocsOrigin(input)).toEqual({ ok: true, origin });
  });
  it.each([
    ["docs.example.com", "Enter an origin"],
    ["http://docs.example.com", "Use https"],
    ["ftp://docs.example.com", "Use https"],
    ["https://self-service-api.dev-acme.us1.ping.cloud", "ping.cloud hosts need no adding"],
    ["https://user:pw@docs.example.com", "no user name"],
  ])("refuses %s", (input, message) => {
    const result = parseDocsOrigin(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toContain(message);
  });
  it("gives the permission pattern without the port", () => {
    expect(originPattern("http://localhost:8080")).toBe("http://localhost/*");
  });
});

describe("docsProfile", () => {
  it("takes a profile's hosts, or an added origin of an existing profile, exactly", () => {
    const origins = [
      { origin: "https://docs.example.com", profileId: "a" },
      { origin: "https://x.test", profileId: "gone" },
    ];
    expect(docsProfile([acme], origins, "https://docs.example.com/docs")).toEqual(acme);
    expect(docsProfile([acme], origins, "https://docs.example.com:444/docs")).toBeNull();
    expect(docsProfile([acme], origins, "https://evil.docs.example.com/docs")).toBeNull();
    expect(docsProfile([acme], origins, "https://x.test/docs")).toBeNull();
    expect(docsProfile([acme], origins, "https://self-service-api.dev-acme.us1.ping.cloud/docs")).toEqual(
      acme,
    );
  });
});
