// Client-credentials tokens: the settings and secret per profile, the token request (from here only, the
// one place the secret is sent), the token stored beside captured ones, and its renewal through alarms.

import browser from "webextension-polyfill";
import {
  type ClientCredentials,
  type CredentialErrors,
  readTokenAnswer,
  renewalTime,
  TOKEN_TIMEOUT_MS,
  tokenRequest,
  validateClientCredentials,
} from "../lib/client-credentials";
import { formatUnit, t } from "../lib/i18n";
import { decodeJwt, type JsonObject, numericDateToMs } from "../lib/jwt";
import { type StoredToken, subOf, tokenKey } from "../lib/state";
import {
  clientCredentialsItem,
  clientTokenErrorsItem,
  keptSecretsItem,
  profilesItem,
  sessionSecretsItem,
  tokensItem,
} from "../lib/storage";
import { routeAlarms } from "./alarm-routes";
import { addToHistory } from "./history";
import { serial } from "./serial";
import { reauthorizeOpenDocs } from "./swagger";

/** The P1AS API that a PingOne client-credentials token is for: the one the self-service docs describe. */
const APP = "self-service";
const ALARM_PREFIX = "client-token:";
const alarmName = (profileId: string) => `${ALARM_PREFIX}${profileId}`;
const keyOf = (profileId: string) => tokenKey(profileId, APP, "client-credentials");

type Failure = { ok: false; error: string };
const fail = (error: string): Failure => ({ ok: false, error });

async function savedSecret(profileId: string): Promise<string | undefined> {
  return (await sessionSecretsItem.get())[profileId] ?? (await keptSecretsItem.get())[profileId];
}

export async function clientSecretsSaved(): Promise<string[]> {
  const saved = { ...(await keptSecretsItem.get()), ...(await sessionSecretsItem.get()) };
  return Object.keys(saved);
}

/** Puts the secret in exactly one place: storage.session, or storage.local when the user opted in. */
async function placeSecret(profileId: string, secret: string | null, keep: boolean): Promise<void> {
  const session = await sessionSecretsItem.get();
  const kept = await keptSecretsItem.get();
  delete session[profileId];
  delete kept[profileId];
  if (secret) (keep ? kept : session)[profileId] = secret;
  await sessionSecretsItem.set(session);
  await keptSecretsItem.set(kept);
}

export function saveClientCredentials(request: {
  profileId: string;
  settings: ClientCredentials;
  secret: string;
}): Promise<{ ok: true } | { ok: false; errors: CredentialErrors }> {
  return serial(async () => {
    const { profileId } = request;
    if (!(await profilesItem.get()).some((p) => p.id === profileId)) {
      return { ok: false, errors: { form: t("commonProfileGone") } };
    }
    const saved = await savedSecret(profileId);
    const checked = validateClientCredentials(request.settings, request.secret, saved !== undefined);
    if (!checked.ok) return checked;
    const all = await clientCredentialsItem.get();
    all[profileId] = checked.settings;
    await clientCredentialsItem.set(all);
    await placeSecret(profileId, request.secret || saved || null, checked.settings.keepSecret);
    await scheduleRenewal(profileId);
    return { ok: true };
  });
}

/** Forgets a profile's settings, secret, minted token and renewal; for use inside a serial operation. */
export async function dropClientCredentials(profileId: string): Promise<void> {
  const all = await clientCredentialsItem.get();
  if (profileId in all) {
    delete all[profileId];
    await clientCredentialsItem.set(all);
  }
  await placeSecret(profileId, null, false);
  const tokens = await tokensItem.get();
  if (keyOf(profileId) in tokens) {
    delete tokens[keyOf(profileId)];
    await tokensItem.set(tokens);
  }
  await setError(profileId, null);
  await browser.alarms.clear(alarmName(profileId));
}

export const removeClientCredentials = (profileId: string): Promise<{ ok: true }> =>
  serial(async () => {
    await dropClientCredentials(profileId);
    return { ok: true as const };
  });

function setError(profileId: string, error: string | null): Promise<void> {
  return clientTokenErrorsItem.get().then((errors) => {
    if (error) errors[profileId] = error;
    else if (profileId in errors) delete errors[profileId];
    else return;
    return clientTokenErrorsItem.set(errors);
  });
}

/** POSTs to the token endpoint and reads the answer; every failure becomes a message. */
async function requestToken(
  settings: ClientCredentials,
  secret: string,
): Promise<{ ok: true; accessToken: string } | Failure> {
  const { url, init } = tokenRequest(settings, secret);
  const host = new URL(url).host;
  try {
    // The signal also bounds reading the body: an answer that starts and never ends times out too.
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS) });
    // The redirect was not followed (see tokenRequest): the secret went to the token endpoint only.
    if (response.type === "opaqueredirect") return fail(t("pingoneRedirected", host));
    const text = await response.text();
    return readTokenAnswer(response.status, response.headers.get("content-type") ?? "", text);
  } catch (error) {
    if (error instanceof DOMException && error.name === "TimeoutError") {
      return fail(t("pingoneTimeout", host, formatUnit(TOKEN_TIMEOUT_MS / 1000, "second", "long")));
    }
    return fail(t("pingoneUnreachable", host));
  }
}

/**
 * Mints a token with the profile's settings and stores it as the profile's client-credentials token.
 * On any failure nothing is stored and the previous token stays; the failure is kept for the popup.
 */
export async function getClientToken(profileId: string): Promise<{ ok: true; exp: number | null } | Failure> {
  const settings = (await clientCredentialsItem.get())[profileId];
  if (!settings) return fail(t("credentialsNotSaved"));
  const secret = await savedSecret(profileId);
  if (!secret) return fail(t("credentialsSecretForgotten"));
  const answer = await requestToken(settings, secret);
  const result = answer.ok ? checkToken(answer.accessToken) : answer;
  if (!result.ok) {
    await serial(() => setError(profileId, result.error));
    return result;
  }
  const stored: boolean | "full" = await serial(async () => {
    // The profile or its settings may have gone while the request was out.
    if (!(await clientCredentialsItem.get())[profileId]) return false;
    const tokens = await tokensItem.get();
    const token: StoredToken = {
      raw: result.raw,
      profileId,
      app: APP,
      source: "client-credentials",
      capturedAt: Date.now(),
      exp: result.exp,
      sub: subOf(result.claims),
    };
    tokens[keyOf(profileId)] = token;
    await tokensItem.set(tokens);
    await addToHistory(token, result.claims);
    await setError(profileId, null);
    return true;
    // The browser refused the write (storage.session is full): nothing changed.
  }).catch(() => "full" as const);
  if (stored === "full") return fail(t("credentialsStorageFull"));
  if (!stored) return fail(t("credentialsRemovedMeanwhile"));
  await scheduleRenewal(profileId);
  void reauthorizeOpenDocs(profileId).catch(() => undefined);
  return { ok: true, exp: result.exp };
}

function checkToken(
  raw: string,
): { ok: true; raw: string; exp: number | null; claims: JsonObject } | Failure {
  const decoded = decodeJwt(raw);
  if (!decoded.ok) return fail(t("pingoneNotJwt", decoded.error));
  const exp = numericDateToMs(decoded.jwt.claims.exp);
  if (exp !== null && exp <= Date.now()) return fail(t("pingoneExpired"));
  return { ok: true, raw, exp, claims: decoded.jwt.claims };
}

/** With "keep fresh", an alarm renews the token shortly before it expires; otherwise none. */
async function scheduleRenewal(profileId: string): Promise<void> {
  const settings = (await clientCredentialsItem.get())[profileId];
  const token = (await tokensItem.get())[keyOf(profileId)];
  if (!settings?.keepFresh || !token?.exp) {
    await browser.alarms.clear(alarmName(profileId));
    return;
  }
  await browser.alarms.create(alarmName(profileId), {
    when: Math.max(Date.now() + 1000, renewalTime(token.capturedAt, token.exp)),
  });
}

/**
 * A renewal alarm: one attempt per alarm. A failure is kept for the popup and schedules nothing, so a
 * refused secret is not tried again and again.
 */
function onKeepFreshAlarm(name: string): void {
  const profileId = name.slice(ALARM_PREFIX.length);
  // A token the user removed is not brought back.
  void tokensItem
    .get()
    .then((tokens) => (keyOf(profileId) in tokens ? getClientToken(profileId) : undefined))
    .catch(() => undefined);
}

export function register(): void {
  routeAlarms(ALARM_PREFIX, onKeepFreshAlarm);
}
