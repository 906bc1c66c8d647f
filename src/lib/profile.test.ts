import { describe, expect, it } from "vitest";
import {
  labelError,
  loginUrl,
  type Profile,
  parseLoginUrl,
  placeOfP1asUrl,
  profileDomain,
  profileLabel,
  profileOfSelfServiceUrl,
  validateProfileFields,
} from "./profile";

const acme: Profile = { id: "p1", environment: "dev", customer: "acme", region: "us1", name: "" };

describe("labelError", () => {
  it.each([
    ["", "Environment is required."],
    ["Dev", "Environment must be lowercase."],
    ["dev_1", "Environment may contain only lowercase letters, digits and hyphens."],
    ["dev.acme", "Environment may contain only lowercase letters, digits and hyphens."],
    ["-dev", "Environment cannot start or end with a hyphen."],
    ["dev-", "Environment cannot start or end with a hyphen."],
    ["x".repeat(64), "Environment is too long (at most 63 characters)."],
    [
      "-Dev_",
      "Environment must be lowercase. Environment may contain only lowercase letters, digits and hyphens. " +
        "Environment cannot start or end with a hyphen.",
    ],
  ])("rejects %j, with every fault at once", (value, message) => {
    expect(labelError("environment", value)).toBe(message);
  });

  it.each(["dev", "a", "dev-2", "x".repeat(63), "0"])("accepts %j", (value) => {
    expect(labelError("environment", value)).toBeNull();
  });
});

describe("placeOfP1asUrl", () => {
  it.each([
    ["https://self-service-api.dev-acme.us1.ping.cloud/api/v1/docs", ["dev", "acme", "us1"]],
    [
      "  https://pingfederate-admin.prod-big-corp.eu1.ping.cloud/pf-admin-api/v1/docs  ",
      ["prod", "big-corp", "eu1"],
    ],
    ["https://a.b.test-x.ca1.ping.cloud", ["test", "x", "ca1"]],
  ])("reads %j", (url, [environment, customer, region]) => {
    expect(placeOfP1asUrl(url)).toEqual({ environment, customer, region });
  });

  it.each([
    "dev-acme.us1.ping.cloud",
    "https://dev-acme.us1.ping.cloud/",
    "http://self-service-api.dev-acme.us1.ping.cloud/",
    "https://self-service-api.dev-acme.us1.ping.cloud:8443/",
    "https://self-service-api.dev-acme.us1.ping.cloud.evil.example/",
    "https://self-service-api.devacme.us1.ping.cloud/",
    "not a url",
  ])("reads nothing from %j", (url) => {
    expect(placeOfP1asUrl(url)).toBeNull();
  });
});

describe("validateProfileFields", () => {
  it("trims and accepts a good profile", () => {
    expect(
      validateProfileFields({ environment: " dev ", customer: "acme", region: "us1", name: " Dev " }),
    ).toEqual({ ok: true, fields: { environment: "dev", customer: "acme", region: "us1", name: "Dev" } });
  });

  it("reports every bad field at once", () => {
    expect(validateProfileFields({ environment: "", customer: "ACME", region: "us 1", name: "" })).toEqual({
      ok: false,
      errors: {
        environment: "Environment is required.",
        customer: "Customer must be lowercase.",
        region: "Region may contain only lowercase letters, digits and hyphens.",
      },
    });
  });

  it("rejects environment and customer that together overflow one host label", () => {
    const result = validateProfileFields({
      environment: "e".repeat(40),
      customer: "c".repeat(40),
      region: "us1",
      name: "",
    });
    expect(result.ok).toBe(false);
  });
});

describe("URLs and hosts", () => {
  it("builds the domain and the login URL", () => {
    expect(profileDomain(acme)).toBe("dev-acme.us1.ping.cloud");
    expect(loginUrl(acme, "pingfederate")).toBe(
      "https://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/login/pingfederate",
    );
    expect(profileLabel(acme)).toBe("dev-acme.us1");
    expect(profileLabel({ ...acme, name: "Acme dev" })).toBe("Acme dev");
  });

  it.each([
    ["https://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/login/argocd", "argocd"],
    ["https://self-service-api.dev-acme.us1.ping.cloud/api/v1/login/pingaccess", "pingaccess"],
    ["https://self-service-api.dev-acme.us1.ping.cloud/api/v1/login/opensearch/?x=1", "opensearch"],
    ["https://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/login", "self-service"],
    ["https://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/login/", "self-service"],
  ])("recognises the login URL %s", (url, app) => {
    expect(parseLoginUrl(url)).toEqual({ host: "self-service-api.dev-acme.us1.ping.cloud", app });
  });

  it.each([
    "http://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/login/argocd",
    "https://self-service-api.dev-acme.us1.ping.cloud:8443/api/v1/auth/login/argocd",
    "https://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/login/unknown",
    "https://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/loginx",
    "https://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/callback",
    "https://self-service-api.dev-acme.us1.ping.cloud/api/v2/auth/login/argocd",
    "https://pingfederate.dev-acme.us1.ping.cloud/api/v1/auth/login/argocd",
    "https://self-service-api.dev-acme.us1.ping.cloud.evil.io/api/v1/auth/login/argocd",
    "not a url",
  ])("does not take %s for a login URL", (url) => {
    expect(parseLoginUrl(url)).toBeNull();
  });

  it.each([
    ["https://self-service-api.dev-acme.us1.ping.cloud/callback", acme],
    ["https://self-service-api.dev-acme.us1.ping.cloud.evil.io/callback", null],
    ["https://xself-service-api.dev-acme.us1.ping.cloud/callback", null],
    ["https://self-service-api.xdev-acme.us1.ping.cloud/callback", null],
    ["http://self-service-api.dev-acme.us1.ping.cloud/callback", null],
    ["https://self-service-api.dev-acme.us1.ping.cloud:444/callback", null],
    ["https://pingfederate.dev-acme.us1.ping.cloud/", null],
  ])("finds the profile of the self-service origin %s exactly", (url, profile) => {
    expect(profileOfSelfServiceUrl([acme], url)).toEqual(profile);
  });
});
