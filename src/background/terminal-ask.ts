// "Ask each time": a notification asks the user before a token goes to the terminal. Chrome shows Allow
// and Deny buttons; Firefox shows no buttons on notifications, so there a click on the notice allows and
// closing it (or letting it go unanswered) denies. The text names application and profile, never the
// token. The question lives in memory only: the open native port keeps the worker alive while it waits,
// and a worker that stops closes the port, which ends the command's wait too.
import browser from "webextension-polyfill";
import { t } from "../lib/i18n";
import type { Pair } from "../lib/terminal";

const PREFIX = "terminal-ask:";
/** How long the question stays open before it counts as Deny. */
export const ASK_BOUND_MS = 60_000;

type Notice = browser.Notifications.CreateNotificationOptions & {
  requireInteraction?: boolean;
  buttons?: { title: string }[];
};

const open = new Map<string, (allowed: boolean) => void>();
let asked = 0;

/** Asks the user; true only on Allow. `cancelled` ends the question (the command gave up). */
export async function askUser(pair: Pair, cancelled: Promise<void>): Promise<boolean> {
  const id = `${PREFIX}${Date.now()}-${++asked}`;
  const answer = new Promise<boolean>((resolve) => open.set(id, resolve));
  const options: Notice = {
    type: "basic",
    iconUrl: browser.runtime.getURL("icons/icon-128.png"),
    title: t("noticeTerminalAskTitle"),
    message:
      import.meta.env.MODE === "firefox"
        ? t("noticeTerminalAskClick", pair.app, pair.profile)
        : t("noticeTerminalAskButtons", pair.app, pair.profile),
  };
  const notice: Notice =
    import.meta.env.MODE === "firefox"
      ? options
      : {
          ...options,
          requireInteraction: true,
          buttons: [{ title: t("noticeTerminalAllow") }, { title: t("noticeTerminalDeny") }],
        };
  await browser.notifications.create(id, notice);
  const timer = setTimeout(() => settle(id, false), ASK_BOUND_MS);
  void cancelled.then(() => settle(id, false));
  const allowed = await answer;
  clearTimeout(timer);
  return allowed;
}

function settle(id: string, allowed: boolean): void {
  const resolve = open.get(id);
  if (!resolve) return;
  open.delete(id);
  void browser.notifications.clear(id);
  resolve(allowed);
}

export function register(): void {
  browser.notifications.onButtonClicked.addListener((id, index) => settle(id, index === 0));
  // Chrome: a click on the notice's body is no answer (the buttons are); Firefox: it is the Allow.
  browser.notifications.onClicked.addListener((id) => {
    if (import.meta.env.MODE === "firefox") settle(id, true);
  });
  browser.notifications.onClosed.addListener((id) => settle(id, false));
}
