// The expiry notice, end to end: Chromium's own notification toast on a private X display (headless
// Chromium shows none), clicked as a user would, after the service worker was stopped in between.
import { expect, test } from "./support/fixtures";
import { ACME_DOCS, sessionTokens } from "./support/helpers";
import { stopServiceWorkers } from "./support/service-worker";
import { tryWhoami } from "./support/swagger-helpers";

test.use({ headed: true });

/** Chromium's notification toast: a 360 px wide window in the screen's bottom-right corner. */
const TOAST_WIDTH = 360;
/** Where its one button sits, from the toast's top-left corner (measured on Chromium 156). */
const BUTTON = { x: 80, y: 125 };

test("a notice comes at the chosen lead time, also after the worker stopped; its button signs in again", async ({
  popup,
  loaded,
  standIn,
  open,
  capture,
  display,
}) => {
  // A token that enters the five-minute lead eight seconds after it is captured.
  standIn.tokenLifetimeSeconds = 5 * 60 + 8;
  const issuedBefore = standIn.issued.length;
  const first = await capture("self-service");
  const docs = await open(ACME_DOCS);
  expect(await tryWhoami(docs)).toEqual({ authorization: `Bearer ${first}`, status: 200 });
  // Stopped only once the notice's alarm is set: a real worker is not stopped while it handles a capture.
  await expect
    .poll(async () => (await popup.evaluate(() => chrome.alarms.getAll())).map((alarm) => alarm.name))
    .toContainEqual(expect.stringMatching(/^expiry:/));
  await stopServiceWorkers(popup);

  await expect
    .poll(() => display.windows().some((w) => w.width === TOAST_WIDTH), { timeout: 20_000 })
    .toBe(true);
  const toast = display.windows().find((w) => w.width === TOAST_WIDTH);
  if (!toast) throw new Error("no toast");
  const ids = await popup.evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(ids)).toEqual([expect.stringMatching(/^expiry:/)]);

  // The sign-on session is alive, so the login URL goes straight to the Success page.
  standIn.tokenLifetimeSeconds = 3600;
  const [tab] = await Promise.all([
    loaded.context.waitForEvent("page"),
    Promise.resolve(display.click(toast.x + BUTTON.x, toast.y + BUTTON.y)),
  ]);
  await tab.waitForLoadState("domcontentloaded");
  await expect(tab.getByRole("heading", { name: "Success" })).toBeVisible();
  await expect(tab.getByRole("status")).toContainText("Token captured · self-service");
  const second = standIn.issued.at(-1);
  expect(second).not.toBe(first);
  expect((await sessionTokens(loaded.worker)).map((t) => t.raw)).toEqual([second]);
  // One sign-in from the notice, no other.
  expect(standIn.issued.slice(issuedBefore)).toEqual([first, second]);

  // The open docs tab got the new token without a reload, and the notice is gone.
  await expect.poll(async () => (await tryWhoami(docs)).authorization).toBe(`Bearer ${second}`);
  expect(await popup.evaluate(() => chrome.notifications.getAll())).toEqual({});
});
