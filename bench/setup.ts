// What the benchmark and its profiler share: a browser with one profile signed in, stored tokens on
// demand, and the marks that say when a docs page is authorized and when the popup has painted.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page, Worker } from "@playwright/test";
import { type StandIn, startStandIn } from "../e2e/standin/server";
import { launchWithExtension, popupUrl } from "../e2e/support/launch";
import { cpuThrottle } from "./cdp";

export const SELF_SERVICE = "https://self-service-api.dev-acme.us1.ping.cloud";

/** The stand-in and a browser with a profile and one sign-on, so that later login URLs go straight to the
 * Success page; the popup open on that profile, the tab on the Success page. */
export async function signedIn() {
  const standIn = await startStandIn();
  const { context, extensionId, worker } = await launchWithExtension(
    mkdtempSync(join(tmpdir(), "p1as-bench-")),
    standIn.port,
    { headless: true },
  );
  const popup = await context.newPage();
  await popup.goto(popupUrl(extensionId));
  for (const [label, value] of [
    ["Environment", "dev"],
    ["Customer", "acme"],
    ["Region", "us1"],
  ] as const) {
    await popup.getByLabel(label, { exact: true }).fill(value);
  }
  await popup.getByRole("button", { name: "Save profile" }).click();
  // Right after the browser starts, storage answers late while it loads the managed policy: wait until the
  // profile is saved before signing in.
  await popup.getByRole("button", { name: "Sign in" }).waitFor();
  const tab = await context.newPage();
  await tab.goto(`${SELF_SERVICE}/api/v1/auth/login/self-service`);
  await tab.getByLabel("Username").fill("bench");
  await tab.getByRole("button", { name: "Submit" }).click();
  await tab.getByRole("heading", { name: "Success" }).waitFor();
  return { standIn, context, extensionId, worker, popup, tab };
}

/** Stores `count` copies of the last token issued, spread over the applications, for the popup to list. */
export async function tokenStore(
  worker: Worker,
  standIn: StandIn,
): Promise<(count: number) => Promise<void>> {
  const profileId = await worker.evaluate(async () => {
    const { profiles } = (await chrome.storage.local.get("profiles")) as {
      profiles: { value: { id: string }[] };
    };
    return profiles.value[0]?.id ?? "";
  });
  const sample = standIn.issued.at(-1) ?? "";
  return (count) =>
    worker.evaluate(
      async ({ raw, id, count }) => {
        const apps = ["self-service", "pingaccess", "pingfederate", "opensearch", "argocd"];
        const now = Date.now();
        const tokens = Object.fromEntries(
          Array.from({ length: count }, (_, i) => [
            `bench-${i}`,
            {
              raw,
              profileId: id,
              app: apps[i % 5],
              source: "capture",
              capturedAt: now - i,
              exp: now + 3_600_000,
              // As the background stores a capture: the subject kept for display (src/lib/state.ts).
              sub: "ann@acme.example",
            },
          ]),
        );
        await chrome.storage.session.set({ tokens });
      },
      { raw: sample, id: profileId, count },
    );
}

/** Marks on the docs page's clock: dialogAt, authorizedAt, filledAt. */
export async function markAuthorized(docs: Page): Promise<void> {
  // As text: tsx names inner functions with a helper that the page does not have.
  await docs.addInitScript({
    content: `
    const mark = (name) => { window[name] ??= performance.now(); };
    // Authorized as the user sees it: Swagger UI turns its Authorize button to "locked".
    new MutationObserver(() => {
      if (document.querySelector(".modal-ux")) mark("dialogAt");
      if (document.querySelector(".auth-wrapper .authorize.locked")) mark("authorizedAt");
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["class"] });
    document.addEventListener("input", (e) => e.target.value && mark("filledAt"), true);
  `,
  });
}

/**
 * Two marks on the popup's clock, each two frames after its moment (a frame later it is on screen):
 * `firstScreenAt`, once the list shows what fits in the popup (as many rows as the URL's #cards=, or rows
 * past its bottom edge; or its empty line), and `paintedAt`, once every row is in the document.
 */
async function markPainted(popup: Page): Promise<void> {
  // As text, like markAuthorized's.
  await popup.addInitScript({
    content: `
    const want = Number(new URLSearchParams(location.hash.slice(1)).get("cards"));
    const markAfterTwoFrames = (name) =>
      requestAnimationFrame(() => requestAnimationFrame((t) => { window[name] = t; }));
    let firstScreen = false;
    new MutationObserver((_, observer) => {
      const list = document.querySelector("section[aria-label=Tokens]");
      if (!list) return;
      const rows = list.querySelectorAll("article");
      const all = want ? rows.length >= want : list.querySelector("p") !== null;
      const last = rows[rows.length - 1];
      if (!firstScreen && (all || (last && last.getBoundingClientRect().top >= innerHeight))) {
        firstScreen = true;
        markAfterTwoFrames("firstScreenAt");
      }
      if (!all) return;
      observer.disconnect();
      markAfterTwoFrames("paintedAt");
    }).observe(document, { childList: true, subtree: true });
  `,
  });
}

/**
 * A page to open the popup in, as the toolbar does: a document of its own at the popup's size, marked (see
 * markPainted), with its main thread slowed `rate` times.
 */
export async function popupPage(context: BrowserContext, rate = 1): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 440, height: 600 });
  await markPainted(page);
  await (await cpuThrottle(page))(rate);
  return page;
}

/** Milliseconds from the popup's navigation to its first screen, and to every row painted. */
export async function loadPopup(page: Page, url: string): Promise<{ firstScreen: number; all: number }> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { paintedAt?: number }).paintedAt);
  return page.evaluate(() => {
    const marks = window as unknown as { firstScreenAt: number; paintedAt: number };
    return { firstScreen: marks.firstScreenAt, all: marks.paintedAt };
  });
}

const SETTLE_MS = 300;

/**
 * Opens the popup in a new page and closes it again. A new document each time, as a person opening the
 * popup gets: reloading one page would count the teardown of the last document, and its garbage, in the
 * next opening. For the same reason each opening waits a moment after the last page closed: every page of
 * the extension shares one main thread, on which the closed page is torn down.
 */
export async function openPopup(
  context: BrowserContext,
  url: string,
  rate = 1,
): Promise<{ firstScreen: number; all: number }> {
  await new Promise((settled) => setTimeout(settled, SETTLE_MS));
  const page = await popupPage(context, rate);
  const marks = await loadPopup(page, url);
  await page.close();
  return marks;
}
