import browser from "webextension-polyfill";

export interface ActiveTab {
  id: number;
  url: string;
}

/**
 * The tab the user is looking at: the active tab of the last focused normal window. The toolbar popup is
 * no tab of its own, and a popup opened as a window (as the tests do) is no normal window, so both see
 * the page behind them. Its URL is only visible on hosts we hold permission for, which is all we need.
 * Read once, before the popup's first render, so that the list is in the tab's order from the first frame.
 */
export async function readActiveTab(): Promise<ActiveTab | null> {
  // Chrome and Firefox take windowTypes here too; the typings only list it for getAll.
  const normalOnly: browser.Windows.GetAllGetInfoType = { windowTypes: ["normal"] };
  try {
    const window = await browser.windows.getLastFocused(normalOnly);
    const [active] = await browser.tabs.query({ active: true, windowId: window.id });
    return active?.id !== undefined && active.url ? { id: active.id, url: active.url } : null;
  } catch {
    return null;
  }
}
