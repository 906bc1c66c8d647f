// Authorizes Swagger UI on a profile's docs pages: a token-free probe first finds Swagger UI in the top
// frame, then the token goes to that same document only (documentIds), and only if the probed document is
// on one of the profile's hosts. The page never gets a way to ask for a token.
import browser from "webextension-polyfill";
import { applicationOfHost, chooseToken, profileOfHostUrl } from "../lib/docs-target";
import type { Profile } from "../lib/profile";
import type { StoredToken } from "../lib/state";
import { profilesItem, tokensItem } from "../lib/storage";
import { authorizeSwagger, detectSwagger } from "../page/swagger";

/** How long the probe waits for Swagger UI to render, and the authorization for the spec to load. */
const DETECT_WAIT_MS = 10_000;
const AUTHORIZE_WAIT_MS = 15_000;

export async function authorizeTab(tabId: number, url: string): Promise<void> {
  const profiles = await profilesItem.get();
  const profile = profileOfHostUrl(profiles, url);
  if (!profile || !(await tokenFor(profile, url))) return;
  const [found] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    world: "MAIN",
    func: detectSwagger,
    args: [DETECT_WAIT_MS],
  });
  const result = found?.result as Awaited<ReturnType<typeof detectSwagger>> | undefined;
  if (!found || !result?.kind || profileOfHostUrl(profiles, result.url)?.id !== profile.id) return;
  // Chosen again: the probe may have waited while a token arrived or expired.
  const token = await tokenFor(profile, result.url);
  if (!token) return;
  await browser.scripting.executeScript({
    target: { tabId, documentIds: [found.documentId] },
    world: "MAIN",
    func: authorizeSwagger,
    args: [token.raw, token.capturedAt, AUTHORIZE_WAIT_MS],
  });
}

async function tokenFor(profile: Profile, url: string): Promise<StoredToken | null> {
  const tokens = Object.values(await tokensItem.get());
  return chooseToken(tokens, profile.id, applicationOfHost(new URL(url).hostname), Date.now());
}

/** A page finished loading: authorize it if it is a profile's docs page. Errors (tab gone, page not
 * scriptable) mean there is nothing to authorize. */
export function onTabComplete(tabId: number, url: string | undefined): void {
  if (url) authorizeTab(tabId, url).catch(() => undefined);
}

/** After a capture: authorize the open docs tabs of that profile again with the new token. */
export async function reauthorizeOpenDocs(profileId: string): Promise<void> {
  const profile = (await profilesItem.get()).find((p) => p.id === profileId);
  if (!profile) return;
  const tabs = await browser.tabs.query({ url: "https://*.ping.cloud/*" });
  for (const tab of tabs) {
    if (tab.id !== undefined && tab.url && profileOfHostUrl([profile], tab.url))
      onTabComplete(tab.id, tab.url);
  }
}
