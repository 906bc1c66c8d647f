// PingOne's client-credentials flow, as the product documentation describes it: an OIDC application with
// the Client Credentials grant in a PingOne environment connected to P1AS. Pure pieces only: the checked
// settings, the token request, and what an answer means. The background sends the request.
import { type MessageKey, t } from "./i18n";

export const PINGONE_REGIONS = ["com", "eu", "ca", "asia", "com.au", "sg"] as const;
export type PingOneRegion = (typeof PINGONE_REGIONS)[number];
export const AUTH_METHODS = ["client_secret_basic", "client_secret_post"] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/** A profile's client-credentials settings. The secret is kept apart from them, never with them. */
export interface ClientCredentials {
  region: PingOneRegion;
  environmentId: string;
  clientId: string;
  /** Space-separated scopes to ask for; empty asks for the application's default. */
  scope: string;
  authMethod: AuthMethod;
  /** Renew the token through alarms shortly before it expires. */
  keepFresh: boolean;
  /** Keep the secret across browser restarts (storage.local) instead of for this session only. */
  keepSecret: boolean;
}

/** The form's fields, and `form` for what concerns no single field. */
export type CredentialField = "environmentId" | "clientId" | "scope" | "secret" | "form";
export type CredentialErrors = Partial<Record<CredentialField, string>>;

/** How long the token request may take: well under the 30 s after which Chrome may stop the worker. */
export const TOKEN_TIMEOUT_MS = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** RFC 6749 scope-token characters, space-separated. */
const SCOPE = /^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/;
const MAX_FIELD = 200;

export const isRegion = (v: unknown): v is PingOneRegion => PINGONE_REGIONS.includes(v as PingOneRegion);
export const isAuthMethod = (v: unknown): v is AuthMethod => AUTH_METHODS.includes(v as AuthMethod);

/**
 * The settings as typed, trimmed and checked, one message per faulty field. `secret` is what the user
 * typed (empty: keep the saved one), `secretSaved` whether one is saved already.
 */
export function validateClientCredentials(
  input: ClientCredentials,
  secret: string,
  secretSaved: boolean,
): { ok: true; settings: ClientCredentials } | { ok: false; errors: CredentialErrors } {
  const settings = {
    ...input,
    environmentId: input.environmentId.trim(),
    clientId: input.clientId.trim(),
    scope: input.scope.trim().replace(/\s+/g, " "),
  };
  const errors: CredentialErrors = {};
  if (!UUID.test(settings.environmentId)) {
    errors.environmentId = t("credentialsBadEnvironmentId");
  }
  if (!settings.clientId) errors.clientId = t("credentialsNoClientId");
  else if (settings.clientId.length > MAX_FIELD || /\s/.test(settings.clientId)) {
    errors.clientId = t("credentialsBadClientId");
  }
  if (settings.scope && (settings.scope.length > MAX_FIELD || !SCOPE.test(settings.scope))) {
    errors.scope = t("credentialsBadScope");
  }
  if (!secret && !secretSaved) errors.secret = t("credentialsNoSecret");
  else if (secret.length > MAX_FIELD * 2) errors.secret = t("credentialsSecretTooLong");
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, settings };
}

export const tokenEndpoint = (s: Pick<ClientCredentials, "region" | "environmentId">): string =>
  `https://auth.pingone.${s.region}/${s.environmentId}/as/token`;

/** The token request, with the client authenticated as the settings say (RFC 6749 §2.3.1). */
export function tokenRequest(s: ClientCredentials, secret: string): { url: string; init: RequestInit } {
  const body = new URLSearchParams({ grant_type: "client_credentials" });
  if (s.scope) body.set("scope", s.scope);
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
  };
  if (s.authMethod === "client_secret_basic") {
    // Basic takes the form-encoded id and secret (§2.3.1), then base64 of their UTF-8 bytes.
    const pair = `${encodeURIComponent(s.clientId)}:${encodeURIComponent(secret)}`;
    headers.authorization = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(pair)))}`;
  } else {
    body.set("client_id", s.clientId);
    body.set("client_secret", secret);
  }
  return {
    url: tokenEndpoint(s),
    init: {
      method: "POST",
      headers,
      body: body.toString(),
      credentials: "omit",
      cache: "no-store",
      // A 307 or 308 keeps method and body: followed, it would post the secret to any host it names. Never
      // followed; "manual" rather than "error" because only an opaque redirect tells the user why it failed
      // (a refused redirect and a cut connection throw the same TypeError).
      redirect: "manual",
    },
  };
}

const OAUTH_ERRORS: Record<string, MessageKey> = {
  invalid_client: "pingoneInvalidClient",
  invalid_scope: "pingoneInvalidScope",
  unsupported_grant_type: "pingoneGrantNotAllowed",
  unauthorized_client: "pingoneGrantNotAllowed",
  invalid_request: "pingoneInvalidRequest",
};

/** The access token of a token endpoint's answer, or a message that says what went wrong. */
export function readTokenAnswer(
  status: number,
  contentType: string,
  text: string,
): { ok: true; accessToken: string } | { ok: false; error: string } {
  let body: unknown = null;
  if (/\bjson\b/i.test(contentType)) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  const record = body !== null && typeof body === "object" ? (body as Record<string, unknown>) : null;
  if (status >= 200 && status < 300) {
    if (!record) return { ok: false, error: t("pingoneNoJson", status) };
    const token = record.access_token;
    if (typeof token !== "string" || !token) return { ok: false, error: t("pingoneNoToken") };
    return { ok: true, accessToken: token };
  }
  const code = typeof record?.error === "string" ? record.error : "";
  // Only our own entries: a server's "constructor" is no known error.
  const known = Object.hasOwn(OAUTH_ERRORS, code) ? OAUTH_ERRORS[code] : undefined;
  if (known) return { ok: false, error: t("pingoneOAuthError", t(known), status, code) };
  if (status === 404) return { ok: false, error: t("pingoneNotFound") };
  return { ok: false, error: t("pingoneAnswered", code ? `${status} ${code}` : status) };
}

/**
 * When to renew a token that lives from `issuedAt` to `exp` (ms): a minute before it expires, or a
 * quarter of its life for short-lived tokens, so that a renewal never follows on the heels of the last.
 */
export const renewalTime = (issuedAt: number, exp: number): number =>
  exp - Math.min(60_000, (exp - issuedAt) / 4);
