// Tells the user before a token expires: one notification per token, the chosen number of minutes ahead,
// whose button (or body) gets a new one: the login URL again, or the client-credentials request. Alarms,
// because the worker sleeps between events. The text names application and profile, never the token.

import browser from "webextension-polyfill";
import { describeExpiry } from "../lib/expiry";
import { t } from "../lib/i18n";
import { profileLabel } from "../lib/profile";
import type { StoredToken } from "../lib/state";
import {
  clientCredentialsItem,
  expiryNoticesItem,
  profilesItem,
  settingsItem,
  silentRenewalItem,
  tokensItem,
} from "../lib/storage";
import { tokenName } from "../lib/token-name";
import { routeAlarms } from "./alarm-routes";
import { setAlarms } from "./alarm-set";
import { getClientToken } from "./client-credentials";
import { onBrowserStart } from "./on-start";
import { serial } from "./serial";
import { signIn } from "./sign-in";

const PREFIX = "expiry:";

/** Chrome's notification options; the polyfill's types know Firefox's only, which lack these two. */
type Notice = browser.Notifications.CreateNotificationOptions & {
  requireInteraction?: boolean;
  buttons?: { title: string }[];
};

/** A minted token kept fresh renews itself; telling the user would only ask for what happens anyway. */
async function renewsItself(token: StoredToken): Promise<boolean> {
  return (
    token.source === "client-credentials" &&
    (await clientCredentialsItem.get())[token.profileId]?.keepFresh === true
  );
}

/** One alarm per token still to announce; a replaced token's notice goes, and so does its record. */
export function scheduleExpiryNotices(): Promise<void> {
  return serial(async () => {
    const tokens = await tokensItem.get();
    const lead = (await settingsItem.get()).notifyLeadMinutes * 60_000;
    const notices = await expiryNoticesItem.get();
    const silent = await silentRenewalItem.get();
    const now = Date.now();
    const wanted = new Map<string, number>();
    for (const [key, token] of Object.entries(tokens)) {
      // A pair that renews silently is told of only when its renewal fails.
      if (notices[key] === token.capturedAt || silent[key]) continue;
      if (lead === 0 || token.exp === null || token.exp <= now || (await renewsItself(token))) continue;
      wanted.set(PREFIX + key, Math.max(now + 500, token.exp - lead));
    }
    await setAlarms(PREFIX, wanted);
    // A notice whose token was replaced or removed has nothing left to say.
    for (const key of Object.keys(notices)) {
      if (tokens[key]?.capturedAt !== notices[key]) {
        delete notices[key];
        await browser.notifications.clear(PREFIX + key);
      }
    }
    await expiryNoticesItem.set(notices);
  });
}

/** An expiry alarm: the notice, once per token. */
function onExpiryAlarm(name: string): void {
  void announce(name.slice(PREFIX.length)).catch(() => undefined);
}

/** The notice for one token, once; also what a failed silent renewal falls back to. */
export async function announce(key: string): Promise<void> {
  const token = (await tokensItem.get())[key];
  const profile = (await profilesItem.get()).find((p) => p.id === token?.profileId);
  if (!token || !profile) return;
  const fresh = await serial(async () => {
    const notices = await expiryNoticesItem.get();
    if (notices[key] === token.capturedAt) return false;
    notices[key] = token.capturedAt;
    await expiryNoticesItem.set(notices);
    return true;
  });
  if (!fresh) return;
  const options: Notice = {
    type: "basic",
    iconUrl: browser.runtime.getURL("icons/icon-128.png"),
    title: t("noticeExpiry", describeExpiry(token.exp, Date.now())),
    message: t("commonTokenOfProfile", tokenName(token), profileLabel(profile)),
  };
  const button = { title: token.source === "capture" ? t("commonSignInAgain") : t("noticeGetNew") };
  // Firefox refuses a notice with either field (it shows nothing then); there the notice stays until
  // dismissed anyway, and a click on it does what the button does.
  const notice: Notice =
    import.meta.env.MODE === "firefox"
      ? options
      : { ...options, requireInteraction: true, buttons: [button] };
  await browser.notifications.create(PREFIX + key, notice);
}

/** The notice's button, or the notice itself: a new token the way the old one came. */
function onNoticeClicked(notificationId: string): void {
  if (!notificationId.startsWith(PREFIX)) return;
  const key = notificationId.slice(PREFIX.length);
  void browser.notifications.clear(notificationId);
  void tokensItem
    .get()
    .then((tokens) => {
      const token = tokens[key];
      if (!token) return;
      return token.source === "capture"
        ? signIn(token.profileId, token.app)
        : getClientToken(token.profileId);
    })
    .catch(() => undefined);
}

export function register(): void {
  routeAlarms(PREFIX, onExpiryAlarm);
  for (const item of [tokensItem, settingsItem, clientCredentialsItem, silentRenewalItem]) {
    item.onChanged(() => void scheduleExpiryNotices());
  }
  browser.notifications.onButtonClicked.addListener((id) => onNoticeClicked(id));
  browser.notifications.onClicked.addListener((id) => onNoticeClicked(id));
  onBrowserStart(scheduleExpiryNotices);
}
