// Keyboard shortcuts (manifest "commands"): the popup opens through _execute_action by itself; this one
// copies the token that applies to the current tab, and says so in a notice that never shows the token.
import browser from "webextension-polyfill";
import { t } from "../lib/i18n";
import { profileLabel } from "../lib/profile";
import { tokenName } from "../lib/token-name";
import { writeClipboard } from "./clipboard";
import { targetOf, tokenFor } from "./swagger";

export const COPY_COMMAND = "copy-token";
const NOTICE = "copy-token";

async function tell(title: string, message: string): Promise<void> {
  await browser.notifications.clear(NOTICE);
  await browser.notifications.create(NOTICE, {
    type: "basic",
    iconUrl: browser.runtime.getURL("icons/icon-128.png"),
    title,
    message,
  });
}

export async function copyTokenForActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const url = tab?.url ?? "";
  const target = url ? await targetOf(url) : null;
  const profile = target?.profile;
  const token = target ? await tokenFor(target) : null;
  if (!profile || !token) {
    return tell(
      t("noticeNoToken"),
      profile ? t("noticeNoValidToken", profileLabel(profile)) : t("noticeNotOurs"),
    );
  }
  const copied = await writeClipboard(token.raw).catch(() => false);
  const what = t("commonTokenOfProfile", tokenName(token), profileLabel(profile));
  await tell(
    copied ? t("noticeCopied") : t("noticeCopyFailed"),
    copied ? what : t("noticeClipboardRefused", what),
  );
}

export function register(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command === COPY_COMMAND) void copyTokenForActiveTab().catch(() => undefined);
  });
}
