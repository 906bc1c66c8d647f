// The background's one entry for messages: parse, check the sender, then hand to the handler.
// Only our own pages may change anything or start a sign-in; our content script, in a top frame only, may
// ask whether a capture is expected or report one, and both handlers check the page's origin against the
// profiles.
import browser from "webextension-polyfill";
import { t } from "../lib/i18n";
import { type Message, parseMessage, type Response, type SenderKind, senderKind } from "../lib/messages";
import { captureExpected, reportNoToken, storeCapture, storePasted } from "./capture";
import {
  clientSecretsSaved,
  getClientToken,
  removeClientCredentials,
  saveClientCredentials,
} from "./client-credentials";
import { importConfig } from "./config-import";
import { addDocsOrigin, removeDocsOrigin } from "./docs-origins";
import { setDocsPin } from "./docs-pins";
import { discardKeptAside } from "./kept-aside";
import { clearTokens } from "./kept-tokens";
import { moveProfile, removeProfile, removeToken, saveProfile, setProfileLook } from "./profiles";
import { setSettings } from "./settings";
import { signIn } from "./sign-in";
import { setSilentRenewal } from "./silent-renewal";
import { authorizeTab, removeFromTab } from "./swagger";

const ALLOWED_SENDER: Record<Message["type"], SenderKind> = {
  captureExpected: "content-top-frame",
  capture: "content-top-frame",
  captureNone: "content-top-frame",
  pasteToken: "extension-page",
  saveProfile: "extension-page",
  removeProfile: "extension-page",
  setProfileLook: "extension-page",
  moveProfile: "extension-page",
  setSilentRenewal: "extension-page",
  signIn: "extension-page",
  removeToken: "extension-page",
  applyDocs: "extension-page",
  removeFromDocs: "extension-page",
  setDocsPin: "extension-page",
  setSettings: "extension-page",
  addDocsOrigin: "extension-page",
  removeDocsOrigin: "extension-page",
  saveClientCredentials: "extension-page",
  removeClientCredentials: "extension-page",
  clientSecretsSaved: "extension-page",
  getClientToken: "extension-page",
  clearTokens: "extension-page",
  importConfig: "extension-page",
  discardKeptAside: "extension-page",
};

function dispatch(
  message: Message,
  sender: browser.Runtime.MessageSender,
): Promise<Response<Message["type"]>> {
  switch (message.type) {
    case "captureExpected":
      return captureExpected(sender.url ?? "", sender.tab?.id ?? -1);
    case "capture":
      return storeCapture(message.token, sender.url ?? "", sender.tab?.id ?? -1);
    case "captureNone":
      return reportNoToken(message.detail, sender.url ?? "", sender.tab?.id ?? -1);
    case "pasteToken":
      return storePasted(message.token, message.profileId, message.app);
    case "saveProfile":
      return saveProfile(message);
    case "removeProfile":
      return removeProfile(message.id);
    case "setProfileLook":
      return setProfileLook(message.id, message.colour, message.defaultApp);
    case "moveProfile":
      return moveProfile(message.id, message.by);
    case "setSilentRenewal":
      return setSilentRenewal(message.key, message.on);
    case "signIn":
      return signIn(message.profileId, message.app);
    case "removeToken":
      return removeToken(message.key);
    case "applyDocs":
      return browser.tabs
        .get(message.tabId)
        .then((tab) => authorizeTab(message.tabId, tab.url ?? "", true))
        .catch(() => ({ ok: false as const, error: t("errorTabUnreachable") }));
    case "removeFromDocs":
      return removeFromTab(message.tabId).catch(() => ({ ok: true as const }));
    case "setDocsPin":
      return setDocsPin(message.origin, message.app);
    case "addDocsOrigin":
      return addDocsOrigin(message.origin, message.profileId, message.app);
    case "removeDocsOrigin":
      return removeDocsOrigin(message.origin);
    case "saveClientCredentials":
      return saveClientCredentials(message);
    case "removeClientCredentials":
      return removeClientCredentials(message.profileId);
    case "clientSecretsSaved":
      return clientSecretsSaved();
    case "getClientToken":
      return getClientToken(message.profileId);
    case "clearTokens":
      return clearTokens();
    case "importConfig":
      return importConfig(message.text);
    case "discardKeptAside":
      return discardKeptAside(message.area, message.key);
    case "setSettings": {
      const { type: _, ...change } = message;
      return setSettings(change);
    }
  }
}

export function makeMessageHandler(ownId: string, ownOrigin: string) {
  return (raw: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    const message = parseMessage(raw);
    // Anything not ours, or from the wrong sender, gets no answer at all: no hint of what we would accept.
    if (!message || ALLOWED_SENDER[message.type] !== senderKind(sender, ownId, ownOrigin)) return undefined;
    return dispatch(message, sender);
  };
}

export function register(): void {
  browser.runtime.onMessage.addListener(makeMessageHandler(browser.runtime.id, browser.runtime.getURL("")));
}
