// Keyboard shortcuts (manifest "commands"): the popup opens through _execute_action by itself; this one
// copies the token that applies to the current tab, and says so in a notice that never shows the token.
import browser from "webextension-polyfill";
import { docsProfile } from "../lib/docs-target";
import { profileLabel } from "../lib/profile";
import { docsOriginsItem, profilesItem } from "../lib/storage";
import { writeClipboard } from "./clipboard";
import { tokenFor } from "./swagger";

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
  const profile = url ? docsProfile(await profilesItem.get(), await docsOriginsItem.get(), url) : null;
  const token = profile ? await tokenFor(profile, url) : null;
  if (!profile || !token) {
    return tell(
      "No token for this tab",
      profile
        ? `No valid token of ${profileLabel(profile)} applies here: sign in first.`
        : "This tab is no page of your P1AS environments.",
    );
  }
  const copied = await writeClipboard(token.raw).catch(() => false);
  const what = token.source === "capture" ? token.app : `${token.app} (client credentials)`;
  await tell(
    copied ? "Token copied" : "Could not copy",
    `${what} · ${profileLabel(profile)}${copied ? "" : ": the browser refused the clipboard."}`,
  );
}
