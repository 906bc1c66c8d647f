// The one native port to the p1as-token host, open exactly while a profile's Terminal access is on, the
// policy allows it and the nativeMessaging permission is granted: nothing is started otherwise, and
// nothing listens. While open it keeps Chrome's service worker alive (Chrome 105 and later,
// crbug.com/1189678), so the worker is there when the terminal asks. A host that dies is started again
// after a pause that doubles each time (1 s up to 5 min), through an alarm so that a worker stopped in
// between wakes for it.
import browser from "webextension-polyfill";
import { terminalAccessItem } from "../lib/storage";
import { parseHostMessage, TERMINAL_HOST } from "../lib/terminal";
import { routeAlarms } from "./alarm-routes";
import { onBrowserStart } from "./on-start";
import { terminalPolicyOff } from "./terminal-access";
import { answerTerminal } from "./terminal-requests";

const RECONNECT = "terminal-reconnect";
/**
 * Chromium gives a worker that started before nativeMessaging was granted no runtime.connectNative (its
 * bindings are fixed at start); Chrome stops an idle worker after 30 s, and the alarm then starts one
 * that has it.
 */
const NEXT_WORKER_MS = 31_000;
const MAX_PAUSE_MS = 5 * 60_000;
/**
 * A watch, once a minute while access is on: should the worker be stopped all the same (the open port is
 * meant to keep it alive, but a stopped worker runs no onDisconnect to schedule the reconnect), the next
 * minute starts one that opens the port again.
 */
const WATCH = "terminal-watch";

let port: browser.Runtime.Port | null = null;
let failures = 0;
/** Requests under way, by the host's id: how to tell each that its command gave up. */
const underway = new Map<number, () => void>();

async function wanted(): Promise<boolean> {
  if (Object.keys(await terminalAccessItem.get()).length === 0 || (await terminalPolicyOff())) return false;
  return browser.permissions.contains({ permissions: ["nativeMessaging"] });
}

let syncing: Promise<void> = Promise.resolve();

/**
 * Opens or closes the port to match the settings; one call at a time (several events come together as the
 * worker starts), so that two calls cannot both find no port and open two.
 */
export function syncTerminalPort(): Promise<void> {
  syncing = syncing.then(syncOnce, syncOnce);
  return syncing;
}

async function syncOnce(): Promise<void> {
  const want = await wanted();
  if (want && !(await browser.alarms.get(WATCH))) await browser.alarms.create(WATCH, { periodInMinutes: 1 });
  if (want && !port && typeof browser.runtime.connectNative !== "function") {
    await browser.alarms.create(RECONNECT, { when: Date.now() + NEXT_WORKER_MS });
    return;
  }
  if (want && !port) connect();
  if (!want && port) {
    const closing = port;
    port = null;
    closing.disconnect();
    for (const cancel of underway.values()) cancel();
  }
  if (!want) {
    await browser.alarms.clear(RECONNECT);
    await browser.alarms.clear(WATCH);
  }
}

function connect(): void {
  const opened = browser.runtime.connectNative(TERMINAL_HOST);
  port = opened;
  opened.onMessage.addListener((message: unknown) => onHostMessage(opened, message));
  opened.onDisconnect.addListener(() => {
    if (port !== opened) return; // closed on purpose
    port = null;
    for (const cancel of underway.values()) cancel();
    const pause = Math.min(1000 * 2 ** failures++, MAX_PAUSE_MS);
    void browser.alarms.create(RECONNECT, { when: Date.now() + pause });
  });
}

function onHostMessage(from: browser.Runtime.Port, raw: unknown): void {
  const message = parseHostMessage(raw);
  if (!message) return;
  if (message.kind === "ready") {
    failures = 0;
    return;
  }
  if (message.kind === "cancel") {
    underway.get(message.id)?.();
    return;
  }
  const { id, request } = message;
  const cancelled = new Promise<void>((resolve) => underway.set(id, resolve));
  const post = (reply: object) => {
    try {
      from.postMessage({ id, ...reply });
    } catch {
      // The port closed meanwhile: the command hears that its host is gone.
    }
  };
  void answerTerminal(request, (progress) => post({ progress }), cancelled)
    .catch(() => ({ ok: false as const, reason: "badRequest" as const }))
    .then((answer) => {
      underway.delete(id);
      post({ answer });
    });
}

export function register(): void {
  routeAlarms(RECONNECT, () => void syncTerminalPort().catch(() => undefined));
  routeAlarms(WATCH, () => void syncTerminalPort().catch(() => undefined));
  terminalAccessItem.onChanged(() => void syncTerminalPort().catch(() => undefined));
  browser.permissions.onAdded.addListener(() => void syncTerminalPort().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncTerminalPort().catch(() => undefined));
  browser.storage.onChanged.addListener((_, area) => {
    if (area === "managed") void syncTerminalPort().catch(() => undefined);
  });
  onBrowserStart(syncTerminalPort);
  // A worker started for any other event opens the port too: the worker may have been stopped while the
  // port was closed, and nothing else would start it again.
  void syncTerminalPort().catch(() => undefined);
}
