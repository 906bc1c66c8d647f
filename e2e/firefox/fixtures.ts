// Fixtures for the Firefox tests: the stand-in of e2e/support/fixtures.ts, a fresh Firefox per test with the
// Firefox build installed, and after each test the same check as in Chromium: no token in any console.
import { expect } from "@playwright/test";
import type { Page } from "puppeteer-core";
import { standInTest } from "../support/fixtures";
import { type LaunchedFirefox, launchFirefox } from "./launch";

interface FirefoxFixtures {
  /** Variables for this test's Firefox. */
  firefoxEnv: Record<string, string>;
  firefox: LaunchedFirefox;
  /** Every console message of every page opened through `open`. */
  consoleText: string[];
  /** Opens a new tab on `url`; extension pages too, by their path (`/src/popup/index.html`). */
  open(url: string): Promise<Page>;
}

export const test = standInTest.extend<FirefoxFixtures>({
  consoleText: async ({}, use) => use([]),
  firefoxEnv: async ({}, use) => use({}),
  firefox: async ({ standIn, consoleText, firefoxEnv }, use) => {
    standIn.reset();
    const firefox = await launchFirefox(standIn.port, firefoxEnv);
    firefox.browser.on("targetcreated", async (target) => {
      const page = await target.page();
      page?.on("console", (message) => consoleText.push(message.text()));
    });
    await use(firefox);
    await firefox.close();
    for (const token of standIn.issued) {
      expect(
        consoleText.filter((text) => text.includes(token)),
        "a token reached a console",
      ).toEqual([]);
    }
  },
  open: async ({ firefox }, use) => {
    await use(async (url) => {
      const page = await firefox.browser.newPage();
      if (url.startsWith("/")) {
        // WebDriver BiDi reports no load for moz-extension:// pages, so `goto` would wait for nothing
        // until it times out: start the navigation and poll for the page's own content instead (its h1:
        // every page of ours renders one once it has read what it shows; the HTML's empty root comes
        // sooner). A poll that lands while the document is being replaced fails; it counts as "not yet".
        page.goto(`${firefox.origin}${url}`).catch(() => undefined);
        const loaded = () =>
          page
            .evaluate((path) => location.pathname === path && document.querySelector("h1") !== null, url)
            .catch(() => false);
        await expect.poll(loaded, { timeout: 15_000 }).toBe(true);
      } else {
        await page.goto(url);
      }
      return page;
    });
  },
});

export { expect };
