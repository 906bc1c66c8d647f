// Which docs pages may receive a token, and which token. The decision uses only the page's URL and our
// own stored data, never what a token says about itself.
import { expiryState } from "./expiry";
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

const usable = (t: StoredToken, now: number) => expiryState(t.exp, now) !== "expired";

/**
 * The token for a profile's docs: the pinned application's, else the host's application's, else the
 * newest of the profile. Never an expired one.
 */
export function chooseToken(
  tokens: readonly StoredToken[],
  profileId: string,
  app: Application | null,
  now: number,
): StoredToken | null {
  const mine = tokens.filter((t) => t.profileId === profileId && usable(t, now));
  if (app) return mine.find((t) => t.app === app) ?? null;
  return mine.reduce<StoredToken | null>((a, b) => (a && a.capturedAt >= b.capturedAt ? a : b), null);
}
