// The Firefox build in Firefox: a sign-in captured on the Success page and shown in the popup, Swagger UI
// authorized by itself, and the popup's offer when the user has taken the host permissions away.
import axe from "axe-core";
import type { Page } from "puppeteer-core";
import { ACME_SELF_SERVICE } from "../support/helpers";
import { captureToken } from "./capture";
import { byName, click, waitFor } from "./controls";
import { expect, test } from "./fixtures";

const POPUP = "/src/popup/index.html";

async function text(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent);
}

test("a sign-in is captured on the Success page and shown decoded in the popup", async ({
  firefox,
  open,
  standIn,
}) => {
  const popup = await open(POPUP);
  await captureToken(popup, firefox);
  await expect.poll(() => text(popup)).toContain("ann@acme.example");
  const stored = await popup.evaluate(async () => JSON.stringify(await chrome.storage.session.get("tokens")));
  expect(stored).toContain(standIn.issued.at(-1));
  await click(popup, byName("button", "More"));
  await expect.poll(() => text(popup)).toContain("https://pingfederate.dev-acme.us1.ping.cloud");
});

test("Swagger UI on the docs is authorized by itself, and Try it out sends the token", async ({
  firefox,
  open,
  standIn,
}) => {
  await captureToken(await open(POPUP), firefox);
  const docs = await open(`https://${ACME_SELF_SERVICE}/docs`);
  await waitFor(docs, ".auth-wrapper .authorize.locked");
  await click(docs, ".opblock-summary-path[data-path$='/whoami']");
  await click(docs, "::-p-text(Try it out)");
  await click(docs, "button.execute");
  await expect
    .poll(() => standIn.apiCalls.at(-1))
    .toEqual({
      host: ACME_SELF_SERVICE,
      authorization: `Bearer ${standIn.issued.at(-1)}`,
      status: 200,
    });
});

test("with host access taken away, the popup says what stops working and Allow access asks for it back", async ({
  firefox,
  open,
}) => {
  const popup = await open(POPUP);
  await popup.evaluate(() => chrome.permissions.remove({ origins: ["https://*.ping.cloud/*"] }));
  // No reload: the popup follows permission changes as they happen.
  await expect
    .poll(() => popup.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? ""))
    .toContain("*.ping.cloud");
  await click(popup, byName("button", "Allow access"));
  await expect
    .poll(() => popup.evaluate(() => chrome.permissions.contains({ origins: ["https://*.ping.cloud/*"] })))
    .toBe(true);
  await expect.poll(() => text(popup)).not.toContain("Allow access");
  await captureToken(popup, firefox);
});

test("a token about to expire is announced by a notification Firefox accepts", async ({
  firefox,
  open,
  standIn,
}) => {
  // Four minutes left, inside the default five-minute lead: the notice is due at once.
  standIn.tokenLifetimeSeconds = 240;
  const popup = await open(POPUP);
  // Headless Firefox 153 has no place to show a notice and closes each one as soon as it is made; 140
  // keeps it among its notices. Either proves that Firefox took it (it refuses Chrome's buttons and
  // requireInteraction, and then the notice is neither).
  await popup.evaluate(() => {
    const closed: string[] = [];
    Object.assign(window, { closedNotices: closed });
    chrome.notifications.onClosed.addListener((id) => closed.push(id));
  });
  await captureToken(popup, firefox);
  const taken = () =>
    popup.evaluate(async () => [
      ...(window as unknown as { closedNotices: string[] }).closedNotices,
      ...Object.keys(await chrome.notifications.getAll()),
    ]);
  await expect.poll(taken, { timeout: 10_000 }).toEqual([expect.stringMatching(/^expiry:.+\/self-service$/)]);
});

/** axe's violations on a page, as "rule: help (elements)"; axe is injected as the debugger would. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const { violations: found } = await (window as unknown as { axe: typeof axe }).axe.run();
    return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
}

test("popup (first run, then with a token and the host-access notice) and options pass axe in Firefox", async ({
  firefox,
  open,
}) => {
  const popup = await open(POPUP);
  expect(await violations(popup), "first run").toEqual([]);
  await captureToken(popup, firefox);
  await popup.evaluate(() => chrome.permissions.remove({ origins: ["https://auth.pingone.eu/*"] }));
  await waitFor(popup, byName("button", "Allow access"));
  expect(await violations(popup), "with a token and the host-access notice").toEqual([]);
  const options = await open("/src/options/index.html");
  expect(await violations(options), "options").toEqual([]);
});
