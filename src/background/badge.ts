// The toolbar badge shows the minutes left of the token that matters now (the active tab's, else the one
// that runs out first), coloured by its state. Alarms, not timers, keep it current: the service worker is
// stopped between events.

import browser from "webextension-polyfill";
import { badgeText, EXPIRING_MINUTES, type ExpiryState, expiryState } from "../lib/expiry";
import { docsOriginsItem, docsPinsItem, profilesItem, tokensItem } from "../lib/storage";
import { tokenThatMatters } from "../lib/token-that-matters";
import { routeAlarms } from "./alarm-routes";
import { onBrowserStart } from "./on-start";

export const BADGE_ALARM = "badge-refresh";
/** One-shot, at the token's next change of state (under five minutes, expired): no minute late. */
export const BADGE_STATE_ALARM = "badge-state";

const COLOURS: Record<ExpiryState, string> = {
  valid: "#1a7f37",
  "no-expiry": "#1a7f37",
  expiring: "#9a6700",
  expired: "#cf222e",
};

/** The URL of the tab the user looks at; readable only on hosts we hold permission for, which is enough. */
async function activeUrl(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.url ?? null;
}

export async function refreshBadge(): Promise<void> {
  const tokens = Object.values(await tokensItem.get());
  const now = Date.now();
  const token = tokenThatMatters(
    tokens,
    await profilesItem.get(),
    await docsOriginsItem.get(),
    await docsPinsItem.get(),
    await activeUrl(),
    now,
  );
  if (!token) {
    await browser.action.setBadgeText({ text: "" });
    await browser.alarms.clear(BADGE_ALARM);
    await browser.alarms.clear(BADGE_STATE_ALARM);
    return;
  }
  await browser.action.setBadgeText({ text: badgeText(token.exp, now) });
  await browser.action.setBadgeBackgroundColor({ color: COLOURS[expiryState(token.exp, now)] });
  // Counting down needs a tick a minute, but only while there is something to count.
  if (!(await browser.alarms.get(BADGE_ALARM)))
    await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
  const next = [token.exp === null ? null : token.exp - EXPIRING_MINUTES * 60_000, token.exp].find(
    (t): t is number => t !== null && t > now,
  );
  if (next === undefined) await browser.alarms.clear(BADGE_STATE_ALARM);
  else await browser.alarms.create(BADGE_STATE_ALARM, { when: next });
}

export function register(): void {
  routeAlarms("badge-", () => void refreshBadge());
  tokensItem.onChanged(() => void refreshBadge());
  // The badge follows the tab the user looks at.
  browser.tabs.onActivated.addListener(() => void refreshBadge());
  browser.windows.onFocusChanged.addListener(() => void refreshBadge());
  browser.tabs.onUpdated.addListener((_, change, tab) => {
    if (change.url && tab.active) void refreshBadge();
  });
  onBrowserStart(refreshBadge);
}
