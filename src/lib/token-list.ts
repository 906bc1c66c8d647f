// The popup's token list: which tokens lead, and which a filter keeps. The tab's URL and our own profiles
// decide the order; claims (display data) only help a typed filter find a token by subject or role.
import { profileOfHost } from "./docs-target";
import { decodeJwt, rolesOf } from "./jwt";
import { APPLICATIONS, httpsUrl, type Profile, profileDomain, profileLabel } from "./profile";
import type { StoredToken } from "./state";

export interface ListedToken {
  key: string;
  token: StoredToken;
  profile: Profile;
  /** The token's profile is the environment of the page in front of the user. */
  onThisPage: boolean;
}

/** The filter box shows once the list is longer than a glance takes in. */
export const FILTER_FROM = 6;

/**
 * The tokens of known profiles: the page's environment first, then by profile order, then by application
 * as Sign in lists them, a captured token before a minted one of the same pair.
 */
export function listTokens(
  tokens: Readonly<Record<string, StoredToken>>,
  profiles: readonly Profile[],
  pageUrl: string | null,
): ListedToken[] {
  const host = pageUrl ? httpsUrl(pageUrl)?.hostname : undefined;
  const pageProfile = host ? profileOfHost(profiles, host) : null;
  const rank = (t: ListedToken) => [
    t.onThisPage ? 0 : 1,
    profiles.indexOf(t.profile),
    APPLICATIONS.indexOf(t.token.app),
    t.token.source === "capture" ? 0 : 1,
  ];
  const listed = Object.entries(tokens).flatMap(([key, token]) => {
    const profile = profiles.find((p) => p.id === token.profileId);
    return profile ? [{ key, token, profile, onThisPage: profile === pageProfile }] : [];
  });
  return listed.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra.reduce((order, value, i) => order || value - (rb[i] ?? 0), 0);
  });
}

/** The words a filter looks in: profile name and domain, application, subject and roles. */
export function searchText({ token, profile }: ListedToken): string {
  const decoded = decodeJwt(token.raw);
  const claims = decoded.ok ? decoded.jwt.claims : {};
  const sub = typeof claims.sub === "string" ? claims.sub : "";
  return [profileLabel(profile), profileDomain(profile), token.app, sub, ...rolesOf(claims)]
    .join(" ")
    .toLowerCase();
}

/** Whether every word typed appears somewhere in the token's words. */
export function matchesFilter(text: string, query: string): boolean {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}
