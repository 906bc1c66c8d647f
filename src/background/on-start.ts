// storage.session starts empty with the browser, and after an update or reload of the extension: what a
// feature must redo then (schedule its alarms, restore what was kept) it registers here.
import browser from "webextension-polyfill";

export function onBrowserStart(work: () => Promise<unknown>): void {
  for (const start of [browser.runtime.onStartup, browser.runtime.onInstalled]) {
    start.addListener(() => void work().catch(() => undefined));
  }
}
