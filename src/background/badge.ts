// The toolbar badge shows the minutes left of the newest token, coloured by its state. Alarms, not timers,
// keep it current: the service worker is stopped between events.
import browser from "webextension-polyfill";
import { badgeText, type ExpiryState, expiryState } from "../lib/expiry";
import type { StoredToken } from "../lib/state";
import { tokensItem } from "../lib/storage";

export const BADGE_ALARM = "badge-refresh";

const COLOURS: Record<ExpiryState, string> = {
  valid: "#1a7f37",
  "no-expiry": "#1a7f37",
  expiring: "#9a6700",
  expired: "#cf222e",
};

export async function refreshBadge(tokens?: Record<string, StoredToken>): Promise<void> {
  const all = Object.values(tokens ?? (await tokensItem.get()));
  const newest = all.reduce<StoredToken | undefined>(
    (a, b) => (a && a.capturedAt >= b.capturedAt ? a : b),
    undefined,
  );
  if (!newest) {
    await browser.action.setBadgeText({ text: "" });
    await browser.alarms.clear(BADGE_ALARM);
    return;
  }
  const now = Date.now();
  await browser.action.setBadgeText({ text: badgeText(newest.exp, now) });
  await browser.action.setBadgeBackgroundColor({ color: COLOURS[expiryState(newest.exp, now)] });
  // Counting down needs a tick a minute, but only while there is something to count.
  if (!(await browser.alarms.get(BADGE_ALARM))) browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
}
