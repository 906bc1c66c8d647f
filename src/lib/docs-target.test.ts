import { describe, expect, it } from "vitest";
import { applicationOfHost, chooseToken, profileOfHostUrl } from "./docs-target";
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
  it("else takes the newest valid token of the profile, never another profile's", () => {
    expect(chooseToken(tokens, "a", null, now)?.app).toBe("pingfederate");
    expect(chooseToken(tokens, "b", null, now)).toBeNull();
  });
});
