// "Decode JWT" on selected text, anywhere: opens the decoder with the selection. The selection crosses
// over once through storage.session, never in a URL; the decoder removes it as it reads it.
import browser from "webextension-polyfill";
import { t } from "../lib/i18n";
import { MAX_TOKEN_LENGTH } from "../lib/jwt";
import { decodeRequestItem } from "../lib/storage";

const DECODE_ITEM = "decode-jwt";

export async function createContextMenu(): Promise<void> {
  // Menus outlive the worker, but not an update: made afresh on every install or update.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: DECODE_ITEM, title: t("contextMenuDecode"), contexts: ["selection"] });
}

async function onContextMenuClicked(info: browser.Menus.OnClickData): Promise<void> {
  if (info.menuItemId !== DECODE_ITEM) return;
  await decodeRequestItem.set((info.selectionText ?? "").trim().slice(0, MAX_TOKEN_LENGTH * 4));
  await browser.tabs.create({ url: browser.runtime.getURL("src/decode/index.html") });
}

export function register(): void {
  browser.runtime.onInstalled.addListener(() => void createContextMenu());
  browser.contextMenus.onClicked.addListener((info) => void onContextMenuClicked(info));
}
