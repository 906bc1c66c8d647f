// Silent renewal: with the sign-on session alive a token is replaced before it expires by a background
// tab that closes itself; with the session gone that tab closes within the bound and the expiry notice
// asks the user; off, nothing opens. Always exactly one attempt per token, also across a stopped worker.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ACME_SELF_SERVICE, captureToken, sessionTokens } from "./helpers";
import { stopServiceWorkers } from "./service-worker";
import { tryWhoami } from "./swagger-helpers";

/** Renewal starts three minutes (the default) before expiry: this lifetime makes that five seconds away. */
const RENEWS_IN_5_S = 3 * 60 + 5;
const CARD = "self-service · dev-acme.us1";

async function optIn(popup: Page) {
  await popup
    .getByRole("article", { name: CARD })
    .getByLabel(/^Renew silently/)
    .check();
}

/** From an extension page: every tab created (whether it was selected) and every tab selected from now on. */
const watchTabs = (extensionPage: Page) =>
  extensionPage.evaluate(() => {
    const seen = { created: [] as boolean[], activated: 0 };
    Object.assign(window, { tabsSeen: seen });
    chrome.tabs.onCreated.addListener((tab) => seen.created.push(tab.active));
    chrome.tabs.onActivated.addListener(() => seen.activated++);
  });
const tabsSeen = (extensionPage: Page) =>
  extensionPage.evaluate(() => (window as unknown as { tabsSeen: unknown }).tabsSeen);

test("with a live sign-on session the token is replaced before it expires, with no tab left and no focus change", async ({
  popup,
  loaded,
  standIn,
}) => {
  standIn.tokenLifetimeSeconds = RENEWS_IN_5_S;
  await captureToken(popup, "self-service");
  await optIn(popup);
  const first = standIn.issued.at(-1);
  const docs = await loaded.context.newPage();
  await docs.goto(`https://${ACME_SELF_SERVICE}/docs`);
  expect(await tryWhoami(docs)).toEqual({ authorization: `Bearer ${first}`, status: 200 });
  const pagesBefore = loaded.context.pages().length;
  await watchTabs(popup);
  await stopServiceWorkers(popup);

  await expect
    .poll(async () => (await sessionTokens(loaded.worker)).map((t) => t.raw), { timeout: 20_000 })
    .not.toEqual([first]);
  const second = standIn.issued.at(-1);
  expect((await sessionTokens(loaded.worker)).map((t) => t.raw)).toEqual([second]);
  // The renewal tab closed itself, and the docs tab kept the focus all along.
  await expect.poll(() => loaded.context.pages().length).toBe(pagesBefore);
  expect(await tabsSeen(popup)).toEqual({ created: [false], activated: 0 });
  expect(await tryWhoami(docs)).toEqual({ authorization: `Bearer ${second}`, status: 200 });
  expect(standIn.logins).toBe(2);
});

test("with the sign-on session gone, the renewal tab closes within the bound and the notice asks; one attempt only", async ({
  popup,
  loaded,
  standIn,
}) => {
  standIn.tokenLifetimeSeconds = RENEWS_IN_5_S;
  await captureToken(popup, "self-service");
  await optIn(popup);
  standIn.endSignOnSessions();
  const pagesBefore = loaded.context.pages().length;

  const renewal = await loaded.context.waitForEvent("page", { timeout: 15_000 });
  const opened = Date.now();
  await renewal.waitForEvent("close", { timeout: 21_000 });
  expect(Date.now() - opened).toBeLessThan(20_000);
  expect(loaded.context.pages().length).toBe(pagesBefore);
  await expect
    .poll(() => popup.evaluate(() => chrome.notifications.getAll()))
    .toEqual({ [`expiry:${(await sessionTokens(loaded.worker))[0]?.profileId}/self-service`]: true });
  // Exactly one attempt, also once the token has expired and the worker has started again.
  await stopServiceWorkers(popup);
  await popup.waitForTimeout(6_000);
  expect(standIn.logins).toBe(2);
  expect(loaded.context.pages().length).toBe(pagesBefore);
});

test("without the opt-in nothing is opened", async ({ popup, loaded, standIn }) => {
  standIn.tokenLifetimeSeconds = RENEWS_IN_5_S;
  await captureToken(popup, "self-service");
  const pagesBefore = loaded.context.pages().length;
  await popup.waitForTimeout(8_000);
  expect(loaded.context.pages().length).toBe(pagesBefore);
  expect(standIn.logins).toBe(1);
});
