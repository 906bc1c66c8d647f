// Registers every listener synchronously at start-up, as MV3 requires for events to wake the worker.
// No state is kept here: everything that matters is in storage.
import browser from "webextension-polyfill";
import { tokensItem } from "../lib/storage";
import { BADGE_ALARM, refreshBadge } from "./badge";
import { onRenewalAlarm } from "./client-credentials";
import { onPermissionsRemoved } from "./docs-origins";
import { makeMessageHandler } from "./messages";
import { LOGIN_REQUESTS, onLoginRequest, onTabRemoved } from "./sign-in";
import { onDocsTabRemoved, onTabComplete } from "./swagger";

browser.runtime.onMessage.addListener(makeMessageHandler(browser.runtime.id, browser.runtime.getURL("")));
browser.webRequest.onBeforeRequest.addListener(onLoginRequest, LOGIN_REQUESTS);
browser.tabs.onRemoved.addListener((tabId) => {
  void onTabRemoved(tabId);
  void onDocsTabRemoved(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === "complete") onTabComplete(tabId, tab.url);
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM) void refreshBadge();
  else onRenewalAlarm(alarm.name);
});
tokensItem.onChanged((tokens) => void refreshBadge(tokens));
browser.permissions.onRemoved.addListener((removed) => void onPermissionsRemoved(removed));
browser.runtime.onStartup.addListener(() => void refreshBadge());
browser.runtime.onInstalled.addListener(() => void refreshBadge());
