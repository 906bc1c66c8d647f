// Writing the clipboard from the background: Chrome's service worker has none, so an offscreen document
// copies and is closed again; Firefox's event page is a document and copies itself. The build's mode picks
// the path, so that the Firefox build carries no call to an API Firefox lacks.
import browser from "webextension-polyfill";

const OFFSCREEN = "src/offscreen/index.html";

export async function writeClipboard(text: string): Promise<boolean> {
  if (import.meta.env.MODE === "firefox") {
    await navigator.clipboard.writeText(text);
    return true;
  }
  await chrome.offscreen.closeDocument().catch(() => undefined);
  await chrome.offscreen.createDocument({
    url: OFFSCREEN,
    reasons: [chrome.offscreen.Reason.CLIPBOARD],
    justification: "Copy the token that applies to the current tab, for the keyboard shortcut.",
  });
  try {
    return (await browser.runtime.sendMessage({ type: "offscreen-copy", text })) === true;
  } finally {
    await chrome.offscreen.closeDocument().catch(() => undefined);
  }
}
