// Which token the toolbar badge speaks of: the one the active tab would get, else the one that runs out
// first. Only our own stored data and the tab's URL decide, as for the docs pages.
import { chooseToken, type DocsOrigin, docsTarget } from "./docs-target";
import type { Application, Profile } from "./profile";
import type { StoredToken } from "./state";

const soonestFirst = (a: StoredToken, b: StoredToken) =>
  (a.exp ?? Number.POSITIVE_INFINITY) - (b.exp ?? Number.POSITIVE_INFINITY);

export function tokenThatMatters(
  tokens: readonly StoredToken[],
  profiles: readonly Profile[],
  origins: readonly DocsOrigin[],
  pins: Readonly<Record<string, Application>>,
  activeUrl: string | null,
  now: number,
): StoredToken | null {
  const target = activeUrl ? docsTarget(profiles, origins, activeUrl) : null;
  if (target) {
    const app = pins[target.origin] ?? target.automatic;
    const mine = tokens.filter((t) => t.profileId === target.profile.id && t.app === app);
    // The token the page would get, else its last to have expired, so that the badge tells that this
    // tab's token is gone.
    const chosen = chooseToken(mine, target.profile.id, app, now) ?? [...mine].sort(soonestFirst).at(-1);
    if (chosen) return chosen;
  }
  const alive = tokens.filter((t) => t.exp === null || t.exp > now).sort(soonestFirst);
  return alive[0] ?? [...tokens].sort(soonestFirst).at(-1) ?? null;
}
