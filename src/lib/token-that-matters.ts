// Which token the toolbar badge speaks of: the one the active tab would get, else the one that runs out
// first. Only our own stored data and the tab's URL decide, as for the docs pages.
import { applicationOfHost, chooseToken, type DocsOrigin, docsProfile } from "./docs-target";
import type { Profile } from "./profile";
import type { StoredToken } from "./state";

const soonestFirst = (a: StoredToken, b: StoredToken) =>
  (a.exp ?? Number.POSITIVE_INFINITY) - (b.exp ?? Number.POSITIVE_INFINITY);

export function tokenThatMatters(
  tokens: readonly StoredToken[],
  profiles: readonly Profile[],
  origins: readonly DocsOrigin[],
  activeUrl: string | null,
  now: number,
): StoredToken | null {
  const profile = activeUrl ? docsProfile(profiles, origins, activeUrl) : null;
  if (profile && activeUrl) {
    const app = applicationOfHost(new URL(activeUrl).hostname);
    const mine = tokens.filter((t) => t.profileId === profile.id);
    // The token the page would get, else the profile's newest valid one, else its last to have expired,
    // so that the badge tells that this tab's token is gone.
    const chosen =
      chooseToken(mine, profile.id, app, now) ??
      chooseToken(mine, profile.id, null, now) ??
      [...mine].sort(soonestFirst).at(-1);
    if (chosen) return chosen;
  }
  const alive = tokens.filter((t) => t.exp === null || t.exp > now).sort(soonestFirst);
  return alive[0] ?? [...tokens].sort(soonestFirst).at(-1) ?? null;
}
