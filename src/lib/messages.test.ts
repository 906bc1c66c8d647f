import { describe, expect, it } from "vitest";
import { parseMessage, senderKind } from "./messages";

describe("parseMessage", () => {
  it("accepts each message with a well-typed payload, dropping extra fields", () => {
    expect(parseMessage({ type: "capture", token: "a.b.c", extra: 1 })).toEqual({
      type: "capture",
      token: "a.b.c",
    });
    expect(parseMessage({ type: "signIn", profileId: "p", app: "argocd" })).toEqual({
      type: "signIn",
      profileId: "p",
      app: "argocd",
    });
    expect(
      parseMessage({
        type: "saveProfile",
        profile: { id: null, environment: "dev", customer: "acme", region: "us1", name: "" },
      }),
    ).toEqual({
      type: "saveProfile",
      profile: { id: null, environment: "dev", customer: "acme", region: "us1", name: "" },
    });
    expect(parseMessage({ type: "removeToken", key: "p/argocd" })).toEqual({
      type: "removeToken",
      key: "p/argocd",
    });
    expect(parseMessage({ type: "removeProfile", id: "p" })).toEqual({ type: "removeProfile", id: "p" });
    expect(parseMessage({ type: "applyDocs", tabId: 7 })).toEqual({ type: "applyDocs", tabId: 7 });
    expect(parseMessage({ type: "removeFromDocs", tabId: 0 })).toEqual({ type: "removeFromDocs", tabId: 0 });
    expect(parseMessage({ type: "setDocsPin", origin: "https://a.b", app: null })).toEqual({
      type: "setDocsPin",
      origin: "https://a.b",
      app: null,
    });
    expect(
      parseMessage({ type: "addDocsOrigin", origin: "https://d.test", profileId: "p", app: "argocd" }),
    ).toEqual({ type: "addDocsOrigin", origin: "https://d.test", profileId: "p", app: "argocd" });
    expect(
      parseMessage({ type: "addDocsOrigin", origin: "https://d.test", profileId: "p", app: "wiki" }),
    ).toBeNull();
    expect(parseMessage({ type: "removeDocsOrigin", origin: "https://d.test" })).toEqual({
      type: "removeDocsOrigin",
      origin: "https://d.test",
    });
    expect(parseMessage({ type: "setSettings", autoAuthorize: false })).toEqual({
      type: "setSettings",
      autoAuthorize: false,
    });
    const settings = {
      region: "com",
      environmentId: "e",
      clientId: "c",
      scope: "",
      authMethod: "client_secret_post",
      keepFresh: true,
      keepSecret: false,
    };
    expect(
      parseMessage({
        type: "saveClientCredentials",
        profileId: "p",
        settings: { ...settings, x: 1 },
        secret: "s",
      }),
    ).toEqual({ type: "saveClientCredentials", profileId: "p", settings, secret: "s" });
    expect(parseMessage({ type: "getClientToken", profileId: "p" })).toEqual({
      type: "getClientToken",
      profileId: "p",
    });
    expect(parseMessage({ type: "removeClientCredentials", profileId: "p" })).toEqual({
      type: "removeClientCredentials",
      profileId: "p",
    });
    expect(parseMessage({ type: "clientSecretsSaved", extra: 1 })).toEqual({ type: "clientSecretsSaved" });
    expect(parseMessage({ type: "clearTokens" })).toEqual({ type: "clearTokens" });
    expect(parseMessage({ type: "setSettings", notifyLeadMinutes: 7, keepTokens: true })).toEqual({
      type: "setSettings",
      notifyLeadMinutes: 7,
      keepTokens: true,
    });
  });

  it.each([
    null,
    "capture",
    [],
    { type: "unknown" },
    { type: "capture" },
    { type: "capture", token: 42 },
    { type: "capture", token: "x".repeat(20_000) },
    { type: "signIn", profileId: "p", app: "evil" },
    { type: "getClientToken" },
    { type: "setSettings", notifyLeadMinutes: 61 },
    { type: "setSettings", notifyLeadMinutes: 2.5 },
    { type: "setSettings", keepTokens: "yes" },
    { type: "saveClientCredentials", profileId: "p", settings: { region: "mars" }, secret: "s" },
    {
      type: "saveClientCredentials",
      profileId: "p",
      settings: {
        region: "eu",
        environmentId: "e",
        clientId: "c",
        scope: "",
        authMethod: "client_secret_jwt",
        keepFresh: false,
        keepSecret: false,
      },
      secret: "s",
    },
    {
      type: "saveProfile",
      profile: { id: 3, environment: "dev", customer: "acme", region: "us1", name: "" },
    },
    { type: "saveProfile", profile: { id: null, environment: "dev", customer: "acme", region: "us1" } },
    { type: "removeToken", key: "k".repeat(500) },
    { type: "toString" },
    { type: "applyDocs", tabId: -1 },
    { type: "applyDocs", tabId: 1.5 },
    { type: "removeFromDocs", tabId: "3" },
    { type: "setDocsPin", origin: "https://a.b", app: "evil" },
    { type: "setSettings", autoAuthorize: "yes" },
    { type: "addDocsOrigin", origin: "https://d.test" },
    { type: "removeDocsOrigin", origin: 5 },
    { type: "__proto__" },
  ])("rejects %j", (value) => {
    expect(parseMessage(value)).toBeNull();
  });
});

describe("senderKind", () => {
  const id = "ourid";
  const origin = "chrome-extension://ourid/";
  it.each([
    [{ id, url: "chrome-extension://ourid/src/popup/index.html" }, "extension-page"],
    [{ id, url: "chrome-extension://ourid/src/popup/index.html", tab: {}, frameId: 0 }, "extension-page"],
    [
      { id, url: "https://self-service-api.dev-acme.us1.ping.cloud/x", tab: {}, frameId: 0 },
      "content-top-frame",
    ],
    [{ id, url: "https://self-service-api.dev-acme.us1.ping.cloud/x", tab: {}, frameId: 3 }, "untrusted"],
    [{ id, url: "https://self-service-api.dev-acme.us1.ping.cloud/x" }, "untrusted"],
    [{ id: "other", url: "chrome-extension://other/popup.html" }, "untrusted"],
    [{ id: "other", url: "chrome-extension://ourid/src/popup/index.html" }, "untrusted"],
    [{ id }, "untrusted"],
  ])("classifies %j as %s", (sender, kind) => {
    expect(senderKind(sender, id, origin)).toBe(kind);
  });
});
