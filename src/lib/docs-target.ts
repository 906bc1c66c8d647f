// Which docs pages may receive a token, and which token. The decision uses only the page's URL and our
// own stored data, never what the page says or what a token says about itself.
//
// By default only the admin API hosts of a profile's environment get a token, each its own application's:
// every other host of the environment (PingFederate's sign-on templates on `pingfederate.<domain>`,
// applications behind PingAccess, dashboards) serves content that neither we nor the administrator wrote.
// Any other origin gets nothing until the user adds it in options, for one application of one profile.
import { expiryState } from "./expiry";
import { t } from "./i18n";
import { type Application, httpsUrl, type Profile, profileDomain } from "./profile";
import type { StoredToken } from "./state";

/** The profile whose environment `hostname` lies in, matched on a label boundary; null if none. */
export function profileOfHost<P extends Profile>(profiles: readonly P[], hostname: string): P | null {
  return profiles.find((p) => hostname.endsWith(`.${profileDomain(p)}`)) ?? null;
}

/**
 * The application whose admin API a host of the environment serves, from its first label:
 * `self-service-api` → self-service; `pingfederate-admin`, `pingaccess-admin` and `argocd`, also with a
 * suffix (`pingfederate-admin-dev`). Anything else, and anything deeper than one label, serves none.
 */
export function adminApiApplication(hostname: string, domain: string): Application | null {
  if (!hostname.endsWith(`.${domain}`)) return null;
  const label = hostname.slice(0, -domain.length - 1);
  if (label.includes(".")) return null;
  if (label === "self-service-api") return "self-service";
  const named = (prefix: string) => label === prefix || label.startsWith(`${prefix}-`);
  if (named("pingfederate-admin")) return "pingfederate";
  if (named("pingaccess-admin")) return "pingaccess";
  if (named("argocd")) return "argocd";
  return null;
}

/** An origin the user added for docs (a local, proxied or other Swagger UI), its profile and application. */
export interface DocsOrigin {
  origin: string;
  profileId: string;
  /** The application whose token it gets; self-service where the user chose none (and for older entries). */
  app: Application;
}

/** A docs page that may get a token: its profile, and the application it gets unless the user pinned one. */
export interface DocsTarget<P extends Profile = Profile> {
  profile: P;
  origin: string;
  automatic: Application;
}

/** The docs target `url` is on: one of a profile's admin API hosts, or an origin the user added. */
export function docsTarget<P extends Profile>(
  profiles: readonly P[],
  origins: readonly DocsOrigin[],
  url: string,
): DocsTarget<P> | null {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  const added = origins.find((o) => o.origin === origin);
  const addedProfile = added && profiles.find((p) => p.id === added.profileId);
  if (added && addedProfile) return { profile: addedProfile, origin, automatic: added.app };
  const parsed = httpsUrl(url);
  const profile = parsed && profileOfHost(profiles, parsed.hostname);
  const app = profile && adminApiApplication(parsed.hostname, profileDomain(profile));
  return profile && app ? { profile, origin, automatic: app } : null;
}

const usable = (t: StoredToken, now: number) => expiryState(t.exp, now) !== "expired";

/**
 * The token for a docs page: the newest valid one of that profile and application (captured or minted).
 * No other application's token stands in: a page of one product never gets another product's token.
 */
export function chooseToken(
  tokens: readonly StoredToken[],
  profileId: string,
  app: Application,
  now: number,
): StoredToken | null {
  const mine = tokens.filter((t) => t.profileId === profileId && t.app === app && usable(t, now));
  return mine.reduce<StoredToken | null>((a, b) => (a && a.capturedAt >= b.capturedAt ? a : b), null);
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Reads what the user typed as a docs origin for `profile`: https on any host, or http on this machine
 * only (a token must not cross a network in clear text). A ping.cloud host must lie in that profile's own
 * environment: a token never goes to another environment's hosts.
 */
export function parseDocsOrigin(
  input: string,
  profile: Profile,
): { ok: true; origin: string } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: t("originBadUrl") };
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    return { ok: false, error: t("originInsecure") };
  }
  const pingCloud = url.hostname === "ping.cloud" || url.hostname.endsWith(".ping.cloud");
  if (pingCloud && (url.port !== "" || profileOfHost([profile], url.hostname) === null)) {
    return { ok: false, error: t("originPingCloud", profileDomain(profile)) };
  }
  if (url.username || url.password) return { ok: false, error: t("originCredentials") };
  return { ok: true, origin: url.origin };
}

/** Whether the extension holds the host permission for the origin by its manifest (no prompt needed). */
export const isPingCloudOrigin = (origin: string): boolean =>
  new URL(origin).hostname.endsWith(".ping.cloud");

/** The host permission pattern for an origin (match patterns take no port). */
export const originPattern = (origin: string): string =>
  `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
