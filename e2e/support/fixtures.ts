// Playwright fixtures: one stand-in per worker; per test a fresh Chromium profile with the extension, the
// popup opened as a page, the steps that open a tab or capture a token, and two checks after every test:
// no token or client secret in any console message (pages, popup, service worker), and no error thrown or
// logged in any page.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test as base, expect, type Page, type Worker } from "@playwright/test";
import { PINGONE_CLIENTS } from "../standin/pingone";
import { type StandIn, startStandIn } from "../standin/server";
import {
  ACME,
  ACME_SELF_SERVICE,
  addProfile,
  captureToken,
  SHORT_LIFETIME_S,
  untilTokensExpired,
} from "./helpers";
import { type Launched, launchWithExtension, optionsUrl, popupUrl } from "./launch";
import { installTraps } from "./page-traps";
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
  /**
   * The test needs the browser to give the organisation's policy (storage.managed): terminal access is
   * refused while it is unread. Chromium sometimes never gives it in a browser started on a loaded
   * machine, with no policy at all; such a browser is started again (see policyAnswers).
   */
  readsPolicy: boolean;
  /** Variables for this test's Chromium (and what it starts: a native-messaging host). */
  browserEnv: Record<string, string>;
  userDataDir: string;
  loaded: LoadedBrowser;
  extensionId: string;
  worker: Worker;
  popup: Page;
  /** The X display of a headed test (`test.use({ headed: true })`); a test that is not headed fails here. */
  display: Display;
  /**
   * Opens `url` in a new tab of the browser as it is now (also after `loaded.restart()`); with `traps`, the
   * page's globals are trapped (page-traps.ts) before any script of the page runs.
   */
  open(url: string, options?: { traps?: boolean }): Promise<Page>;
  /**
   * A new profile (dev-acme.us1) saved in the popup, and `path` on its self-service host opened by hand in
   * a new tab (no sign-in started from the popup); returns the tab.
   */
  openOnNewProfile(path: string): Promise<Page>;
  /** A new blank tab; with `traps`, as `open`. */
  newTab(options?: { traps?: boolean }): Promise<Page>;
  /** Opens our options page in a new tab. */
  openOptions(): Promise<Page>;
  /** Opens our popup in a new tab: after a restart, or as a second popup. */
  openPopup(): Promise<Page>;
  /**
   * A new profile (dev-acme.us1), a sign-in to `app` from the popup, and its token captured (helpers.ts,
   * captureToken); returns the token the stand-in issued for it.
   */
  capture(app: string): Promise<string>;
  /**
   * As `capture`, of a token that lives SHORT_LIFETIME_S (so does every token the stand-in issues after it
   * in this test), and returns once it has expired.
   */
  captureExpired(app: string): Promise<string>;
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

/** How many browser starts a test that reads the policy tries before it gives up; how long each waits. */
const POLICY_STARTS = 3;
const POLICY_WAIT_MS = 15_000;

/** Whether this browser gives storage.managed at all: it answers about 3 s after it starts, or never. */
function policyAnswers(worker: Worker): Promise<boolean> {
  return worker.evaluate(
    (ms) =>
      Promise.race([
        chrome.storage.managed.get(null).then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
      ]),
    POLICY_WAIT_MS,
  );
}

export const test = standInTest.extend<TestFixtures>({
  headed: [false, { option: true }],
  readsPolicy: [false, { option: true }],
  browserEnv: async ({}, use) => use({}),
  consoleText: async ({}, use) => use([]),
  pageErrors: async ({}, use) => use([]),
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), "p1as-e2e-"));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  loaded: async ({ standIn, userDataDir, consoleText, pageErrors, headed, readsPolicy, browserEnv }, use) => {
    standIn.reset();
    const display = headed ? await startXvfb() : null;
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
    // Every start, the first and each restart: with readsPolicy, again until the browser gives its policy.
    const launch = async (): Promise<Launched> => {
      for (let start = 1; ; start++) {
        const launched = watch(await launchWithExtension(userDataDir, standIn.port, options));
        if (!readsPolicy || (await policyAnswers(launched.worker))) return launched;
        await launched.context.close();
        if (start === POLICY_STARTS)
          throw new Error(`storage.managed gave nothing in ${start} browser starts.`);
      }
    };
    const loaded: LoadedBrowser = {
      display,
      ...(await launch()),
      async restart() {
        await loaded.context.close();
        Object.assign(loaded, await launch());
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
  display: async ({ loaded }, use) => {
    if (!loaded.display) throw new Error("this test runs headed: test.use({ headed: true })");
    await use(loaded.display);
  },
  newTab: async ({ loaded }, use) => {
    await use(async (options = {}) => {
      const page = await loaded.context.newPage();
      if (options.traps) await page.addInitScript(installTraps);
      return page;
    });
  },
  open: async ({ newTab }, use) => {
    await use(async (url, options) => {
      const page = await newTab(options);
      await page.goto(url);
      return page;
    });
  },
  openOnNewProfile: async ({ popup, open }, use) => {
    await use(async (path) => {
      await addProfile(popup, ACME);
      return open(`https://${ACME_SELF_SERVICE}${path}`);
    });
  },
  openOptions: async ({ loaded, open }, use) => use(() => rendered(open(optionsUrl(loaded.extensionId)))),
  openPopup: async ({ loaded, open }, use) => use(() => rendered(open(popupUrl(loaded.extensionId)))),
  popup: async ({ openPopup }, use) => use(await openPopup()),
  capture: async ({ popup, standIn }, use) => {
    await use(async (app) => {
      await captureToken(popup, app);
      const token = standIn.issued.at(-1);
      if (!token) throw new Error("the stand-in issued no token");
      return token;
    });
  },
  captureExpired: async ({ popup, standIn, capture }, use) => {
    await use(async (app) => {
      standIn.tokenLifetimeSeconds = SHORT_LIFETIME_S;
      const token = await capture(app);
      await untilTokensExpired(popup);
      return token;
    });
  },
});

/**
 * One of our pages once it shows what it read: each renders its h1 only after reading its state (the
 * popup reads its tab and host access first too), while the load event comes with the HTML's empty root.
 */
async function rendered(opened: Promise<Page>): Promise<Page> {
  const page = await opened;
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

export { expect };
