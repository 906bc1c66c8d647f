// Which docs pages may receive a token, and which token. The decision uses only the page's URL and our
// own stored data, never what a token says about itself.
import { expiryState } from "./expiry";
import { t } from "./i18n";
import { APPLICATIONS, type Application, type Profile, profileDomain } from "./profile";
import type { StoredToken } from "./state";

/** The profile whose hosts include this https URL on the default port, matched on a label boundary. */
export function profileOfHostUrl<P extends Profile>(profiles: readonly P[], url: string): P | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" || parsed.port !== "") return null;
  return profiles.find((p) => parsed.hostname.endsWith(`.${profileDomain(p)}`)) ?? null;
}

/** The application a docs host stands for: `self-service-api.…` → self-service, `pingfederate….` → pingfederate. */
export function applicationOfHost(hostname: string): Application | null {
  const label = hostname.split(".")[0] ?? "";
  if (label === "self-service-api") return "self-service";
  return APPLICATIONS.find((app) => app !== "self-service" && label.startsWith(app)) ?? null;
}

/** A docs origin the user added (a local or proxied Swagger UI), and the profile whose tokens it gets. */
export interface DocsOrigin {
  origin: string;
  profileId: string;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Reads what the user typed as a docs origin: https on any host, or http on this machine only (a token
 * must not cross a network in clear text). ping.cloud hosts need no adding: a profile covers them.
 */
export function parseDocsOrigin(input: string): { ok: true; origin: string } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: t("originBadUrl") };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    return { ok: false, error: t("originInsecure") };
  }
  if (url.hostname === "ping.cloud" || url.hostname.endsWith(".ping.cloud")) {
    return { ok: false, error: t("originPingCloud") };
  }
  if (url.username || url.password) return { ok: false, error: t("originCredentials") };
  return { ok: true, origin: url.origin };
}

/** The host permission pattern for an origin (match patterns take no port). */
export const originPattern = (origin: string): string =>
  `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;

/** The profile whose docs `url` shows: on one of its hosts, or on an origin the user added for it. */
export function docsProfile<P extends Profile>(
  profiles: readonly P[],
  origins: readonly DocsOrigin[],
  url: string,
): P | null {
  const byHost = profileOfHostUrl(profiles, url);
  if (byHost) return byHost;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  const added = origins.find((o) => o.origin === origin);
  return (added && profiles.find((p) => p.id === added.profileId)) ?? null;
}

const usable = (t: StoredToken, now: number) => expiryState(t.exp, now) !== "expired";

/**
 * The token for a profile's docs: the newest of the pinned application's, else of the host's
 * application's (captured or minted), else the newest of the profile. Never an expired one.
 */
export function chooseToken(
  tokens: readonly StoredToken[],
  profileId: string,
  app: Application | null,
  now: number,
): StoredToken | null {
  const mine = tokens.filter(
    (t) => t.profileId === profileId && (app === null || t.app === app) && usable(t, now),
  );
  return mine.reduce<StoredToken | null>((a, b) => (a && a.capturedAt >= b.capturedAt ? a : b), null);
}
