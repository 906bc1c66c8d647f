// Sign-in: the popup's button opens the login URL; however a login URL is opened (the popup, a renewal, a
// link on a wiki, a bookmark, the docs page's Get Token), webRequest follows the tab's top frame from it
// through the identity provider to the callback that brings the login's own state back
// (lib/sign-in-chain.ts). Only the document that chain lands on may be read for a token.
import browser from "webextension-polyfill";
import { t } from "../lib/i18n";
import { type Application, loginUrl } from "../lib/profile";
import { type ChainEvent, nextLogin } from "../lib/sign-in-chain";
import {
  lastChoiceItem,
  pendingSignInItem,
  profilesItem,
  signInOutcomeItem,
  tabLoginsItem,
} from "../lib/storage";
import { serial } from "./serial";

/** webRequest filter: top-level navigations on P1AS hosts, where logins, callbacks and Success pages are. */
const TOP_FRAME_REQUESTS: browser.WebRequest.RequestFilter = {
  urls: ["https://*.ping.cloud/*"],
  types: ["main_frame"],
};

export async function signIn(
  profileId: string,
  app: Application,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const profile = (await profilesItem.get()).find((p) => p.id === profileId);
  if (!profile) return { ok: false, error: t("commonProfileGone") };
  await lastChoiceItem.set({ profileId, app });
  const tab = await browser.tabs.create({ url: loginUrl(profile, app) });
  if (tab.id === undefined) return { ok: false, error: t("errorNoSignInTab") };
  await pendingSignInItem.set({ tabId: tab.id, profileId, app });
  return { ok: true };
}

/** One step of a tab's top frame, applied to its sign-in in storage (written only when it changes). */
function follow(tabId: number, event: ChainEvent): Promise<void> {
  if (tabId < 0) return Promise.resolve();
  return serial(async () => {
    const logins = await tabLoginsItem.get();
    const before = logins[tabId];
    const after = nextLogin(before, event);
    if (after === before) return;
    if (after) logins[tabId] = after;
    else delete logins[tabId];
    await tabLoginsItem.set(logins);
    // A new sign-in begins: what the popup said of the last one no longer applies.
    if (after?.stage === "login" && after.requestId !== before?.requestId) await signInOutcomeItem.set(null);
  });
}

function onTopFrameRequest(details: browser.WebRequest.OnBeforeRequestDetailsType): void {
  const formState = details.requestBody?.formData?.state?.[0] ?? null;
  const { tabId, requestId, url } = details;
  void follow(tabId, { kind: "request", requestId, url, formState }).catch(() => undefined);
}

function onTopFrameRedirect(details: browser.WebRequest.OnBeforeRedirectDetailsType): void {
  const { tabId, requestId, redirectUrl } = details;
  void follow(tabId, { kind: "redirect", requestId, redirectUrl }).catch(() => undefined);
}

function onTopFrameResponse(details: browser.WebRequest.OnResponseStartedDetailsType): void {
  const { tabId, requestId, url, statusCode } = details;
  void follow(tabId, { kind: "response", requestId, url, status: statusCode }).catch(() => undefined);
}

function onTopFrameError(details: browser.WebRequest.OnErrorOccurredDetailsType): void {
  void follow(details.tabId, { kind: "error", requestId: details.requestId }).catch(() => undefined);
}

function onTabRemoved(tabId: number): Promise<void> {
  return serial(async () => {
    const logins = await tabLoginsItem.get();
    if (tabId in logins) {
      delete logins[tabId];
      await tabLoginsItem.set(logins);
    }
    if ((await pendingSignInItem.get())?.tabId === tabId) await pendingSignInItem.set(null);
  });
}

export function register(): void {
  browser.webRequest.onBeforeRequest.addListener(onTopFrameRequest, TOP_FRAME_REQUESTS, ["requestBody"]);
  browser.webRequest.onBeforeRedirect.addListener(onTopFrameRedirect, TOP_FRAME_REQUESTS);
  browser.webRequest.onResponseStarted.addListener(onTopFrameResponse, TOP_FRAME_REQUESTS);
  browser.webRequest.onErrorOccurred.addListener(onTopFrameError, TOP_FRAME_REQUESTS);
  browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(tabId));
}
