// Authorizes Swagger UI on a profile's docs pages: a token-free probe first finds Swagger UI in the top
// frame, then the token goes to that same document only (documentIds), and only if the probed document is
// on one of the profile's hosts. The page never gets a way to ask for a token.
import browser from "webextension-polyfill";
import { applicationOfHost, chooseToken, docsProfile, originPattern } from "../lib/docs-target";
import { t } from "../lib/i18n";
import type { Profile } from "../lib/profile";
import { type StoredToken, tokenKey } from "../lib/state";
import {
  appliedDocsItem,
  docsOriginsItem,
  docsPinsItem,
  profilesItem,
  settingsItem,
  tokensItem,
} from "../lib/storage";
import { authorizeSwagger, detectSwagger, removeSwaggerAuthorization } from "../page/swagger";
import { serial } from "./serial";

/** How long the probe waits for Swagger UI to render, and the authorization for the spec to load. */
const DETECT_WAIT_MS = 10_000;
const AUTHORIZE_WAIT_MS = 15_000;

export type ApplyResult = { ok: true; schemes: string[] } | { ok: false; error: string };

/** The token a page of the profile gets: the pinned application's, else the host's, else the newest. */
export async function tokenFor(profile: Profile, url: string): Promise<StoredToken | null> {
  const parsed = new URL(url);
  const pinned = (await docsPinsItem.get())[parsed.origin];
  const tokens = Object.values(await tokensItem.get());
  return chooseToken(tokens, profile.id, pinned ?? applicationOfHost(parsed.hostname), Date.now());
}

function setApplied(tabId: number, applied: { tokenKey: string; schemes: string[] } | null): Promise<void> {
  return serial(async () => {
    const all = await appliedDocsItem.get();
    if (applied) all[tabId] = applied;
    else if (tabId in all) delete all[tabId];
    else return;
    await appliedDocsItem.set(all);
  });
}

/**
 * Authorizes Swagger UI in the tab, if it shows a profile's docs and that profile has a valid token.
 * `manual` (the popup's Apply now) works when auto-authorize is off, and overrides a Logout in the page.
 */
export async function authorizeTab(tabId: number, url: string, manual = false): Promise<ApplyResult> {
  if (!manual && !(await settingsItem.get()).autoAuthorize) return { ok: false, error: t("swaggerAutoOff") };
  const profiles = await profilesItem.get();
  const origins = await docsOriginsItem.get();
  const profile = docsProfile(profiles, origins, url);
  if (!profile) return { ok: false, error: t("swaggerNotDocs") };
  if (!(await tokenFor(profile, url))) return { ok: false, error: t("swaggerNoToken") };
  const [found] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    world: "MAIN",
    func: detectSwagger,
    args: [DETECT_WAIT_MS],
  });
  const probed = found?.result as Awaited<ReturnType<typeof detectSwagger>> | undefined;
  if (!found || !probed?.kind || docsProfile(profiles, origins, probed.url)?.id !== profile.id) {
    return { ok: false, error: t("swaggerNotFound") };
  }
  // Chosen again: the probe may have waited while a token arrived or expired.
  const token = await tokenFor(profile, probed.url);
  if (!token) return { ok: false, error: t("swaggerNoToken") };
  const [authorized] = await browser.scripting.executeScript({
    target: { tabId, documentIds: [found.documentId] },
    world: "MAIN",
    func: authorizeSwagger,
    args: [token.raw, manual ? Date.now() : token.capturedAt, AUTHORIZE_WAIT_MS],
  });
  const schemes = authorized?.result as string[] | null | undefined;
  if (!schemes) return { ok: false, error: t("swaggerNoBearer") };
  // An empty list: that token was at work here already.
  if (schemes.length)
    await setApplied(tabId, { tokenKey: tokenKey(token.profileId, token.app, token.source), schemes });
  return { ok: true, schemes };
}

/** "Remove from page": only on a docs page of ours, and only what we authorized there. */
export async function removeFromTab(tabId: number): Promise<{ ok: true }> {
  const tab = await browser.tabs.get(tabId);
  if (tab.url && docsProfile(await profilesItem.get(), await docsOriginsItem.get(), tab.url)) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      world: "MAIN",
      func: removeSwaggerAuthorization,
    });
  }
  await setApplied(tabId, null);
  return { ok: true };
}

/** A page finished loading: authorize it if it is a profile's docs page. Errors (tab gone, page not
 * scriptable) mean there is nothing to authorize. */
export function onTabComplete(tabId: number, url: string | undefined): void {
  if (url) authorizeTab(tabId, url).catch(() => undefined);
}

export function onDocsTabRemoved(tabId: number): Promise<void> {
  return setApplied(tabId, null);
}

/** After a capture: authorize the open docs tabs of that profile again with the new token. */
export async function reauthorizeOpenDocs(profileId: string): Promise<void> {
  const profiles = await profilesItem.get();
  const origins = await docsOriginsItem.get();
  const patterns = ["https://*.ping.cloud/*", ...origins.map((o) => originPattern(o.origin))];
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id !== undefined && tab.url && docsProfile(profiles, origins, tab.url)?.id === profileId) {
      onTabComplete(tab.id, tab.url);
    }
  }
}
