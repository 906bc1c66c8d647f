// Registers every listener synchronously at start-up, as MV3 requires for events to wake the worker.
// No state is kept here: everything that matters is in storage.
import browser from "webextension-polyfill";
import { clientCredentialsItem, settingsItem, silentRenewalItem, tokensItem } from "../lib/storage";
import { BADGE_ALARM, BADGE_STATE_ALARM, refreshBadge } from "./badge";
import { onKeepFreshAlarm } from "./client-credentials";
import { COPY_COMMAND, copyTokenForActiveTab } from "./commands";
import { createContextMenu, onContextMenuClicked } from "./context-menu";
import { onPermissionsRemoved } from "./docs-origins";
import { onExpiryAlarm, onNoticeClicked, scheduleExpiryNotices } from "./expiry-notices";
import { keepTokens, onKeepTokensSetting, restoreKeptTokens } from "./kept-tokens";
import { syncManagedProfiles } from "./managed";
import { makeMessageHandler } from "./messages";
import {
  onTabRemoved,
  onTopFrameError,
  onTopFrameRedirect,
  onTopFrameRequest,
  onTopFrameResponse,
  TOP_FRAME_REQUESTS,
} from "./sign-in";
import {
  onRenewalTabLoaded,
  onRenewalTabRemoved,
  onSilentRenewalAlarm,
  scheduleRenewals,
} from "./silent-renewal";
import { onDocsTabRemoved, onTabComplete } from "./swagger";

browser.runtime.onMessage.addListener(makeMessageHandler(browser.runtime.id, browser.runtime.getURL("")));
browser.webRequest.onBeforeRequest.addListener(onTopFrameRequest, TOP_FRAME_REQUESTS, ["requestBody"]);
browser.webRequest.onBeforeRedirect.addListener(onTopFrameRedirect, TOP_FRAME_REQUESTS);
browser.webRequest.onResponseStarted.addListener(onTopFrameResponse, TOP_FRAME_REQUESTS);
browser.webRequest.onErrorOccurred.addListener(onTopFrameError, TOP_FRAME_REQUESTS);
browser.tabs.onRemoved.addListener((tabId) => {
  void onTabRemoved(tabId);
  void onRenewalTabRemoved(tabId);
  void onDocsTabRemoved(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === "complete") {
    onTabComplete(tabId, tab.url);
    void onRenewalTabLoaded(tabId, tab.url);
  }
  if (change.url && tab.active) void refreshBadge();
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BADGE_ALARM || alarm.name === BADGE_STATE_ALARM) void refreshBadge();
  else if (!onKeepFreshAlarm(alarm.name) && !onSilentRenewalAlarm(alarm.name)) onExpiryAlarm(alarm.name);
});
tokensItem.onChanged((tokens) => {
  void refreshBadge();
  void scheduleExpiryNotices();
  void scheduleRenewals();
  void keepTokens(tokens);
});
settingsItem.onChanged((settings) => {
  void scheduleExpiryNotices();
  void scheduleRenewals();
  void onKeepTokensSetting(settings);
});
clientCredentialsItem.onChanged(() => void scheduleExpiryNotices());
silentRenewalItem.onChanged(() => {
  void scheduleExpiryNotices();
  void scheduleRenewals();
});
browser.notifications.onButtonClicked.addListener((id) => onNoticeClicked(id));
browser.notifications.onClicked.addListener((id) => onNoticeClicked(id));
// The badge follows the tab the user looks at.
browser.tabs.onActivated.addListener(() => void refreshBadge());
browser.windows.onFocusChanged.addListener(() => void refreshBadge());
browser.runtime.onInstalled.addListener(() => void createContextMenu());
browser.commands.onCommand.addListener((command) => {
  if (command === COPY_COMMAND) void copyTokenForActiveTab().catch(() => undefined);
});
browser.contextMenus.onClicked.addListener((info) => void onContextMenuClicked(info));
browser.storage.onChanged.addListener((_, area) => {
  if (area === "managed") void syncManagedProfiles();
});
browser.permissions.onRemoved.addListener((removed) => void onPermissionsRemoved(removed));
// storage.session starts empty with the browser, and after an update or reload of the extension.
for (const start of [browser.runtime.onStartup, browser.runtime.onInstalled]) {
  start.addListener(() => {
    void syncManagedProfiles();
    void restoreKeptTokens();
    void refreshBadge();
    void scheduleExpiryNotices();
    void scheduleRenewals();
  });
}
