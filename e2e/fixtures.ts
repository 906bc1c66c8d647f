// Playwright fixtures: one stand-in per worker; per test a fresh Chromium profile with the extension, the
// popup opened as a page, and two checks after every test: no token or client secret in any console
// message (pages, popup, service worker), and no error thrown or logged in any page.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test as base, expect, type Page, type Worker } from "@playwright/test";
import { type Launched, launchWithExtension, popupUrl } from "./launch";
import { PINGONE_CLIENTS } from "./standin/pingone";
import { type StandIn, startStandIn } from "./standin/server";
import { type Display, startXvfb } from "./xvfb";

export interface LoadedBrowser extends Launched {
  /** The X display of a headed test (see the `headed` option); null when headless. */
  display: Display | null;
  /** Closes Chromium and starts it again on the same profile: what survives a browser restart. */
  restart(): Promise<void>;
}

interface TestFixtures {
  /** Run this test's Chromium with a window, on a private X display: for the browser's own dialogs. */
  headed: boolean;
  /** Variables for this test's Chromium (and what it starts: a native-messaging host). */
  browserEnv: Record<string, string>;
  userDataDir: string;
  loaded: LoadedBrowser;
  extensionId: string;
  worker: Worker;
  popup: Page;
  consoleText: string[];
  pageErrors: string[];
}

/** One stand-in per worker: the Chromium fixtures below and the Firefox ones (e2e/firefox/) build on it. */
export const standInTest = base.extend<Record<never, never>, { standIn: StandIn }>({
  standIn: [
    async ({}, use) => {
      const standIn = await startStandIn();
      await use(standIn);
      await standIn.close();
    },
    { scope: "worker" },
  ],
});

export const test = standInTest.extend<TestFixtures>({
  headed: [false, { option: true }],
  browserEnv: async ({}, use) => use({}),
  consoleText: async ({}, use) => use([]),
  pageErrors: async ({}, use) => use([]),
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), "p1as-e2e-"));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  loaded: async ({ standIn, userDataDir, consoleText, pageErrors, headed, browserEnv }, use, testInfo) => {
    standIn.reset();
    const display = headed ? await startXvfb(99 - testInfo.workerIndex) : null;
    const options = { headless: !headed, env: browserEnv, ...(display ? { display: display.name } : {}) };
    const watch = (launched: Launched) => {
      launched.context.on("console", (message) => {
        consoleText.push(message.text());
        // A 401 from the API is the browser reporting a response, not code failing: only the latter counts.
        if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
          pageErrors.push(`console: ${message.text()}`);
        }
      });
      launched.worker.on("console", (message) => consoleText.push(message.text()));
      launched.context.on("weberror", (error) =>
        pageErrors.push(`${error.page()?.url() ?? "?"}: ${String(error.error())}`),
      );
      return launched;
    };
    const loaded: LoadedBrowser = {
      display,
      ...watch(await launchWithExtension(userDataDir, standIn.port, options)),
      async restart() {
        await loaded.context.close();
        Object.assign(loaded, watch(await launchWithExtension(userDataDir, standIn.port, options)));
      },
    };
    await use(loaded);
    await loaded.context.close();
    await display?.stop();
    const secrets = Object.values(PINGONE_CLIENTS).map((client) => client.secret);
    for (const token of [...standIn.issued, ...standIn.pingOne.issued, ...secrets]) {
      expect(
        consoleText.filter((text) => text.includes(token)),
        "a token or a client secret reached a console",
      ).toEqual([]);
    }
    expect(pageErrors, "an error was thrown or logged in a page").toEqual([]);
  },
  extensionId: async ({ loaded }, use) => use(loaded.extensionId),
  worker: async ({ loaded }, use) => use(loaded.worker),
  popup: async ({ loaded }, use) => {
    const popup = await loaded.context.newPage();
    await popup.goto(popupUrl(loaded.extensionId));
    await use(popup);
  },
});

export { expect };
