// The typed way to send a message of our protocol from any of our contexts to the background.
import browser from "webextension-polyfill";
import type { MessageType, Request, Response } from "./messages";

export function send<K extends MessageType>(type: K, request: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, ...request }) as Promise<Response<K>>;
}
