// The background's handler for each message of the table in src/lib/messages.ts; the listener there
// parses each message and checks its sender before a handler here sees it. Only our own pages may change
// anything or start a sign-in; our content script, in a top frame only, may ask whether a capture is
// expected or report one, and those handlers check the page against the profiles.
import browser from "webextension-polyfill";
import { t } from "../lib/i18n";
import { type Handlers, messageListener } from "../lib/messages";
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
import {
  moveProfile,
  removeProfile,
  removeToken,
  saveProfile,
  setProfileLook,
  undoRemoveToken,
} from "./profiles";
import { setSettings } from "./settings";
import { signIn } from "./sign-in";
import { setSilentRenewal } from "./silent-renewal";
import { authorizeTab, removeFromTab } from "./swagger";
import { setTerminalAccess } from "./terminal-access";

type Sender = browser.Runtime.MessageSender;
const urlOf = (sender: Sender) => sender.url ?? "";
const tabOf = (sender: Sender) => sender.tab?.id ?? -1;

export const HANDLERS: Handlers<Sender> = {
  captureExpected: (_, sender) => captureExpected(urlOf(sender), tabOf(sender)),
  capture: (m, sender) => storeCapture(m.token, urlOf(sender), tabOf(sender)),
  captureNone: (m, sender) => reportNoToken(m.detail, urlOf(sender), tabOf(sender)),
  pasteToken: (m) => storePasted(m.token, m.profileId, m.app),
  saveProfile: (m) => saveProfile(m),
  removeProfile: (m) => removeProfile(m.id),
  setProfileLook: (m) => setProfileLook(m.id, m.colour, m.defaultApp),
  moveProfile: (m) => moveProfile(m.id, m.by),
  setSilentRenewal: (m) => setSilentRenewal(m.key, m.on),
  signIn: (m) => signIn(m.profileId, m.app),
  removeToken: (m) => removeToken(m.key),
  undoRemoveToken: (m) => undoRemoveToken(m.key),
  applyDocs: (m) =>
    browser.tabs
      .get(m.tabId)
      .then((tab) => authorizeTab(m.tabId, tab.url ?? "", true))
      .catch(() => ({ ok: false as const, error: t("errorTabUnreachable") })),
  removeFromDocs: (m) => removeFromTab(m.tabId).catch(() => ({ ok: true as const })),
  setDocsPin: (m) => setDocsPin(m.origin, m.app),
  setSettings: ({ type: _, ...change }) => setSettings(change),
  addDocsOrigin: (m) => addDocsOrigin(m.origin, m.profileId, m.app),
  removeDocsOrigin: (m) => removeDocsOrigin(m.origin),
  saveClientCredentials: (m) => saveClientCredentials(m),
  removeClientCredentials: (m) => removeClientCredentials(m.profileId),
  clientSecretsSaved: () => clientSecretsSaved(),
  getClientToken: (m) => getClientToken(m.profileId),
  clearTokens: () => clearTokens(),
  discardKeptAside: (m) => discardKeptAside(m.area, m.key),
  importConfig: (m) => importConfig(m.text),
  setTerminalAccess: (m) => setTerminalAccess(m.profileId, m.access),
};

export function register(): void {
  browser.runtime.onMessage.addListener(
    messageListener(HANDLERS, browser.runtime.id, browser.runtime.getURL("")),
  );
}
