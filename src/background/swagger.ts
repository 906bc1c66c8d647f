// Authorizes Swagger UI on docs pages: a probe in the ISOLATED world (no page script can touch its
// globals) finds Swagger UI in the top frame and reports that document's URL; the token is chosen from that
// URL and our storage alone (docs-target.ts), and goes to that same document only: by documentIds where the
// browser has them (Chrome; Firefox from 153), and always through the origin check inside the MAIN-world
// function. The page never gets a way to ask for a token, nor to say which one.
import browser from "webextension-polyfill";
import { chooseToken, type DocsTarget, docsTarget, originPattern } from "../lib/docs-target";
import { t } from "../lib/i18n";
import { type StoredToken, tokenKey } from "../lib/state";
import {
  appliedDocsItem,
  docsOriginsItem,
  docsPinsItem,
  profilesItem,
  settingsItem,
  tokensItem,
} from "../lib/storage";
import { authorizeSwagger, findSwaggerUi, removeSwaggerAuthorization } from "../page/swagger";
import { serial } from "./serial";

/** How long the probe waits for Swagger UI to render, and the authorization for the spec to load. */
const DETECT_WAIT_MS = 10_000;
const AUTHORIZE_WAIT_MS = 15_000;

export type ApplyResult = { ok: true; schemes: string[] } | { ok: false; error: string };

/** The docs target a URL is on, from the stored profiles and added origins. */
export async function targetOf(url: string): Promise<DocsTarget | null> {
  return docsTarget(await profilesItem.get(), await docsOriginsItem.get(), url);
}

/** The token a docs target gets: its pinned application's, else its own application's; never another's. */
export async function tokenFor(target: DocsTarget): Promise<StoredToken | null> {
  const app = (await docsPinsItem.get())[target.origin] ?? target.automatic;
  return chooseToken(Object.values(await tokensItem.get()), target.profile.id, app, Date.now());
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

/** Where a script goes: the probed document itself where the browser names documents, else the top frame. */
const sameDocument = (tabId: number, documentId: string | undefined): browser.Scripting.InjectionTarget =>
  documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };

/**
 * Authorizes Swagger UI in the tab, if its top document is a docs target with a valid token.
 * `manual` (the popup's Apply now) works when auto-authorize is off, and overrides a Logout in the page.
 */
export async function authorizeTab(tabId: number, url: string, manual = false): Promise<ApplyResult> {
  if (!manual && !(await settingsItem.get()).autoAuthorize) return { ok: false, error: t("swaggerAutoOff") };
  const expected = await targetOf(url);
  if (!expected) return { ok: false, error: t("swaggerNotDocs") };
  if (!(await tokenFor(expected))) return { ok: false, error: t("swaggerNoToken") };
  const [found] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    world: "ISOLATED",
    func: findSwaggerUi,
    args: [DETECT_WAIT_MS],
  });
  const probed = found?.result as Awaited<ReturnType<typeof findSwaggerUi>> | undefined;
  // Decided again from the probed document's URL: the tab may have moved on while the probe waited.
  const target = probed ? await targetOf(probed.url) : null;
  if (!found || !target || target.origin !== expected.origin)
    return { ok: false, error: t("swaggerNotFound") };
  const token = await tokenFor(target);
  if (!token) return { ok: false, error: t("swaggerNoToken") };
  const [authorized] = await browser.scripting.executeScript({
    target: sameDocument(tabId, found.documentId),
    world: "MAIN",
    func: authorizeSwagger,
    args: [token.raw, manual ? Date.now() : token.capturedAt, AUTHORIZE_WAIT_MS, target.origin],
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
  const target = tab.url ? await targetOf(tab.url) : null;
  if (target) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      world: "MAIN",
      func: removeSwaggerAuthorization,
      args: [target.origin],
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

function onDocsTabRemoved(tabId: number): Promise<void> {
  return setApplied(tabId, null);
}

/** After a capture: authorize the open docs tabs of that profile again with the new token. */
export async function reauthorizeOpenDocs(profileId: string): Promise<void> {
  const origins = await docsOriginsItem.get();
  const patterns = ["https://*.ping.cloud/*", ...origins.map((o) => originPattern(o.origin))];
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id !== undefined && tab.url && (await targetOf(tab.url))?.profile.id === profileId) {
      onTabComplete(tab.id, tab.url);
    }
  }
}

export function register(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === "complete") onTabComplete(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void onDocsTabRemoved(tabId));
}
