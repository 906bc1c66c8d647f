// The typed way to send a message of our protocol from any of our contexts to the background.
// The browser's own promise API, not webextension-polyfill: Chrome's MV3 `chrome.runtime.sendMessage` and
// Firefox's `browser.runtime.sendMessage` both return promises, and the polyfill would be most of the
// capture script's size (a script that runs on every *.ping.cloud page; budget 4 KB gzip).
import type { MessageType, Request, Response } from "./messages";

type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
// Found when first sent, not at import, as in i18n.ts: Node code imports the message types' neighbours.
const api = (): Runtime => (globalThis as { browser?: Runtime }).browser ?? (chrome as unknown as Runtime);

export function send<K extends MessageType>(type: K, request: Request<K>): Promise<Response<K>> {
  return api().runtime.sendMessage({ type, ...request }) as Promise<Response<K>>;
}
