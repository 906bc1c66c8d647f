// Sign-in: the popup's button opens the login URL; a login URL typed by hand is noticed on its request.
// Either way the tab is remembered with its host and application, so its Success page can be attributed.
import browser from "webextension-polyfill";
import { t } from "../lib/i18n";
import { type Application, loginUrl, parseLoginUrl, selfServiceHost } from "../lib/profile";
import { lastChoiceItem, pendingSignInItem, profilesItem, tabLoginsItem } from "../lib/storage";
import { serial } from "./serial";

/** webRequest filter: both forms of the login URL that Ping documents, top-level navigations only. */
export const LOGIN_REQUESTS: browser.WebRequest.RequestFilter = {
  urls: ["https://*.ping.cloud/api/v1/auth/login/*", "https://*.ping.cloud/api/v1/login/*"],
  types: ["main_frame"],
};

function rememberTabLogin(tabId: number, host: string, app: Application): Promise<void> {
  return serial(async () => {
    const logins = await tabLoginsItem.get();
    logins[tabId] = { host, app };
    await tabLoginsItem.set(logins);
  });
}

export async function signIn(
  profileId: string,
  app: Application,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const profile = (await profilesItem.get()).find((p) => p.id === profileId);
  if (!profile) return { ok: false, error: t("commonProfileGone") };
  await lastChoiceItem.set({ profileId, app });
  const tab = await browser.tabs.create({ url: loginUrl(profile, app) });
  if (tab.id === undefined) return { ok: false, error: t("errorNoSignInTab") };
  await rememberTabLogin(tab.id, selfServiceHost(profile), app);
  await pendingSignInItem.set({ tabId: tab.id, profileId, app });
  return { ok: true };
}

export function onLoginRequest(details: browser.WebRequest.OnBeforeRequestDetailsType): void {
  const login = parseLoginUrl(details.url);
  if (login && details.tabId >= 0) void rememberTabLogin(details.tabId, login.host, login.app);
}

export function onTabRemoved(tabId: number): Promise<void> {
  return serial(async () => {
    const logins = await tabLoginsItem.get();
    if (tabId in logins) {
      delete logins[tabId];
      await tabLoginsItem.set(logins);
    }
    if ((await pendingSignInItem.get())?.tabId === tabId) await pendingSignInItem.set(null);
  });
}
