// Silent renewal: for the captured-token pairs the user opted in, shortly before the token expires the
// login URL opens in a background tab. While the sign-on session lives it lands on the Success page, the
// capture replaces the token (and re-authorizes open docs tabs), and the tab closes. When the session is
// gone (the page stops anywhere else) or nothing arrives in time, the tab closes and the expiry notice
// asks the user instead. One attempt per token, never credentials typed; all state in storage.session,
// since the worker may be stopped between any two of these steps.

import browser from "webextension-polyfill";
import { loginUrl, selfServiceHost } from "../lib/profile";
import {
  profilesItem,
  renewalAttemptsItem,
  renewalItem,
  settingsItem,
  silentRenewalItem,
  tokensItem,
} from "../lib/storage";
import { routeAlarms } from "./alarm-routes";
import { setAlarms } from "./alarm-set";
import { announce } from "./expiry-notices";
import { onBrowserStart } from "./on-start";
import { serial } from "./serial";

const PREFIX = "renew:";
const GIVE_UP_ALARM = "renew-give-up";
/** How long a renewal tab may take to reach the Success page. */
export const RENEWAL_BOUND_MS = 20_000;

export function setSilentRenewal(key: string, on: boolean): Promise<{ ok: true }> {
  return serial(async () => {
    const pairs = await silentRenewalItem.get();
    if (on) pairs[key] = true;
    else delete pairs[key];
    await silentRenewalItem.set(pairs);
    return { ok: true as const };
  });
}

/** Whether the token's pair renews silently (then its expiry notice waits for the renewal to fail). */
export async function renewsSilently(key: string): Promise<boolean> {
  return (await silentRenewalItem.get())[key] === true;
}

/** One alarm per opted-in captured token not yet tried. */
export function scheduleRenewals(): Promise<void> {
  return serial(async () => {
    const tokens = await tokensItem.get();
    const pairs = await silentRenewalItem.get();
    const attempts = await renewalAttemptsItem.get();
    const lead = (await settingsItem.get()).renewLeadMinutes * 60_000;
    const now = Date.now();
    const wanted = new Map<string, number>();
    for (const [key, token] of Object.entries(tokens)) {
      if (!pairs[key] || token.source !== "capture" || token.exp === null || token.exp <= now) continue;
      if (attempts[key] === token.capturedAt) continue;
      wanted.set(PREFIX + key, Math.max(now + 500, token.exp - lead));
    }
    await setAlarms(PREFIX, wanted);
  });
}

async function start(key: string): Promise<void> {
  const token = (await tokensItem.get())[key];
  const profile = (await profilesItem.get()).find((p) => p.id === token?.profileId);
  if (!token || !profile || !(await renewsSilently(key))) return;
  const turn = await serial(async () => {
    const attempts = await renewalAttemptsItem.get();
    if (attempts[key] === token.capturedAt) return "tried";
    if (await renewalItem.get()) return "busy";
    attempts[key] = token.capturedAt;
    await renewalAttemptsItem.set(attempts);
    return "go";
  });
  // Another pair's renewal holds the one background tab: this one waits until that is over.
  if (turn === "busy") await browser.alarms.create(PREFIX + key, { when: Date.now() + RENEWAL_BOUND_MS });
  if (turn !== "go") return;
  // A background tab: the user's focus stays where it is. The login request attributes it as any other.
  const tab = await browser.tabs.create({ url: loginUrl(profile, token.app), active: false });
  if (tab.id === undefined) return;
  await renewalItem.set({ tabId: tab.id, tokenKey: key, capturedAt: token.capturedAt });
  await browser.alarms.create(GIVE_UP_ALARM, { when: Date.now() + RENEWAL_BOUND_MS });
}

/** The user closed the renewal tab: nothing more to wait for. */
async function onRenewalTabRemoved(tabId: number): Promise<void> {
  if ((await renewalItem.get())?.tabId === tabId) {
    await renewalItem.set(null);
    await browser.alarms.clear(GIVE_UP_ALARM);
  }
}

/** After a capture: a renewal tab has done its work and closes. */
export async function onCaptured(tabId: number): Promise<void> {
  const renewal = await renewalItem.get();
  if (renewal?.tabId !== tabId) return;
  await finish(renewal.tabId);
}

/**
 * A renewal tab finished loading somewhere other than its Success page's host: the sign-on form, so the
 * session is gone. The Success page itself is left to the capture.
 */
async function onRenewalTabLoaded(tabId: number, url: string | undefined): Promise<void> {
  const renewal = await renewalItem.get();
  // A blank page on the way is no answer yet.
  if (renewal?.tabId !== tabId || !url?.startsWith("https://")) return;
  const token = (await tokensItem.get())[renewal.tokenKey];
  const profile = (await profilesItem.get()).find((p) => p.id === token?.profileId);
  if (profile && new URL(url).hostname === selfServiceHost(profile)) return;
  await fail(renewal.tokenKey, renewal.tabId);
}

async function giveUp(): Promise<void> {
  const renewal = await renewalItem.get();
  if (renewal) await fail(renewal.tokenKey, renewal.tabId);
}

async function finish(tabId: number): Promise<void> {
  await renewalItem.set(null);
  await browser.alarms.clear(GIVE_UP_ALARM);
  await browser.tabs.remove(tabId).catch(() => undefined);
}

async function fail(key: string, tabId: number): Promise<void> {
  await finish(tabId);
  await announce(key);
}

export function register(): void {
  routeAlarms(PREFIX, (name) => void start(name.slice(PREFIX.length)).catch(() => undefined));
  routeAlarms(GIVE_UP_ALARM, () => void giveUp().catch(() => undefined));
  browser.tabs.onRemoved.addListener((tabId) => void onRenewalTabRemoved(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === "complete") void onRenewalTabLoaded(tabId, tab.url);
  });
  for (const item of [tokensItem, settingsItem, silentRenewalItem])
    item.onChanged(() => void scheduleRenewals());
  onBrowserStart(scheduleRenewals);
}
