import { describe, expect, it } from "vitest";
import {
  type ClientCredentials,
  readTokenAnswer,
  renewalTime,
  tokenEndpoint,
  tokenRequest,
  validateClientCredentials,
} from "./client-credentials";

const ENV = "5a6f4c1e-3b2d-4e8f-9a10-1b2c3d4e5f60";
const SETTINGS: ClientCredentials = {
  region: "eu",
  environmentId: ENV,
  clientId: "my-client",
  scope: "",
  authMethod: "client_secret_basic",
  keepFresh: false,
  keepSecret: false,
};

describe("validateClientCredentials", () => {
  it("trims what was typed and accepts a saved secret in place of a typed one", () => {
    const result = validateClientCredentials(
      { ...SETTINGS, environmentId: ` ${ENV.toUpperCase()} `, clientId: " id ", scope: " a   b " },
      "",
      true,
    );
    expect(result).toEqual({
      ok: true,
      settings: { ...SETTINGS, environmentId: ENV.toUpperCase(), clientId: "id", scope: "a b" },
    });
  });

  it("names every faulty field at once", () => {
    const result = validateClientCredentials(
      { ...SETTINGS, environmentId: "dev", clientId: "has space", scope: 'say "hi"' },
      "",
      false,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["clientId", "environmentId", "scope", "secret"]);
    expect(result.errors.environmentId).toMatch(/UUID/);
    expect(result.errors.secret).toMatch(/Client secret/);
  });

  it("asks for a Client ID when there is none", () => {
    const result = validateClientCredentials({ ...SETTINGS, clientId: "  " }, "s", false);
    expect(result).toEqual({ ok: false, errors: { clientId: "Enter the application's Client ID." } });
  });
});

describe("tokenRequest", () => {
  it("posts to the region's token endpoint of the environment", () => {
    expect(tokenEndpoint(SETTINGS)).toBe(`https://auth.pingone.eu/${ENV}/as/token`);
    expect(tokenEndpoint({ ...SETTINGS, region: "com.au" })).toBe(
      `https://auth.pingone.com.au/${ENV}/as/token`,
    );
  });

  it("authenticates with HTTP Basic over the form-encoded id and secret, UTF-8 safe", () => {
    const { url, init } = tokenRequest({ ...SETTINGS, scope: "p1as:read" }, "s3crét:+/");
    const headers = init.headers as Record<string, string>;
    const basic = atob((headers.authorization ?? "").replace(/^Basic /, ""));
    const bytes = Uint8Array.from(basic, (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe("my-client:s3cr%C3%A9t%3A%2B%2F");
    expect(init.body).toBe("grant_type=client_credentials&scope=p1as%3Aread");
    expect(init.method).toBe("POST");
    expect(init.credentials).toBe("omit");
    expect(url).toContain("/as/token");
  });

  it("never follows a redirect, which would send the secret on to another host", () => {
    for (const authMethod of ["client_secret_basic", "client_secret_post"] as const) {
      expect(tokenRequest({ ...SETTINGS, authMethod }, "secret").init.redirect).toBe("manual");
    }
  });

  it("puts id and secret in the form for client_secret_post, and no Authorization header", () => {
    const { init } = tokenRequest({ ...SETTINGS, authMethod: "client_secret_post" }, "a&b");
    expect((init.headers as Record<string, string>).authorization).toBeUndefined();
    expect(new URLSearchParams(String(init.body)).get("client_secret")).toBe("a&b");
    expect(new URLSearchParams(String(init.body)).get("client_id")).toBe("my-client");
  });
});

describe("readTokenAnswer", () => {
  const json = "application/json;charset=UTF-8";
  it("takes the access token of a JSON answer", () => {
    expect(readTokenAnswer(200, json, '{"access_token":"a.b.c","token_type":"Bearer"}')).toEqual({
      ok: true,
      accessToken: "a.b.c",
    });
  });

  it.each([
    [401, '{"error":"invalid_client"}', /refused the client.*\(401 invalid_client\)/],
    [400, '{"error":"invalid_scope"}', /refused the scope.*\(400 invalid_scope\)/],
    [400, '{"error":"unsupported_grant_type"}', /does not allow the Client Credentials grant/],
    [404, "not json", /no such environment/],
    [503, '{"error":"temporarily_unavailable"}', /answered 503 temporarily_unavailable/],
    [400, '{"error":"constructor"}', /^PingOne answered 400 constructor\.$/],
    [200, '{"token_type":"Bearer"}', /holds no access token/],
    [200, "{broken", /without JSON/],
  ])("explains %i %s", (status, body, message) => {
    const result = readTokenAnswer(status, json, body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("does not read JSON out of an HTML answer", () => {
    const result = readTokenAnswer(200, "text/html", '{"access_token":"a.b.c"}');
    expect(result).toEqual({
      ok: false,
      error: "PingOne answered 200 without JSON: is this the token endpoint?",
    });
  });
});

describe("renewalTime", () => {
  it("renews a minute before expiry, or after three quarters of a short life", () => {
    expect(renewalTime(0, 3_600_000)).toBe(3_540_000);
    expect(renewalTime(0, 20_000)).toBe(15_000);
  });
});
