// The Firefox build in Firefox: a sign-in captured on the Success page and shown in the popup, Swagger UI
// authorized by itself, and the popup's offer when the user has taken the host permissions away.
import axe from "axe-core";
import type { Page } from "puppeteer-core";
import { ACME, ACME_SELF_SERVICE } from "../helpers";
import { expect, test } from "./fixtures";
import type { LaunchedFirefox } from "./launch";

const POPUP = "/src/popup/index.html";

/** The element with this accessible role and name (Puppeteer's ARIA query). */
const aria = (page: Page, role: string, name: string) =>
  page.locator(`::-p-aria([name="${name}"][role="${role}"])`);

async function text(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent);
}

async function addProfile(popup: Page): Promise<void> {
  await aria(popup, "textbox", "Environment").fill(ACME.environment);
  await aria(popup, "textbox", "Customer").fill(ACME.customer);
  await aria(popup, "textbox", "Region").fill(ACME.region);
  await aria(popup, "button", "Save profile").click();
  await aria(popup, "button", "Sign in").wait();
}

/** Signs in to self-service from the popup and waits for the Success page's capture notice. */
async function captureToken(popup: Page, firefox: LaunchedFirefox): Promise<void> {
  await addProfile(popup);
  await aria(popup, "combobox", "Application").fill("self-service");
  const signOn = firefox.browser.waitForTarget((t) => t.url().includes("pingfederate."));
  await aria(popup, "button", "Sign in").click();
  const tab = await (await signOn).asPage();
  await aria(tab, "textbox", "Username").fill("ann@acme.example");
  await tab.locator("input[name=password]").fill("correct horse");
  await aria(tab, "button", "Submit").click();
  // Polled, not waitForFunction: an evaluation that lands while the redirect replaces the document fails.
  await expect.poll(() => tab.evaluate(() => document.title).catch(() => "")).toBe("Success");
  await expect
    .poll(() =>
      tab.evaluate(() => document.querySelector("p1as-token-capture")?.shadowRoot?.textContent ?? ""),
    )
    .toContain("Token captured");
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
  await popup.locator("::-p-text(Decoded header and claims)").click();
  await expect.poll(() => text(popup)).toContain("https://pingfederate.dev-acme.us1.ping.cloud");
});

test("Swagger UI on the docs is authorized by itself, and Try it out sends the token", async ({
  firefox,
  open,
  standIn,
}) => {
  await captureToken(await open(POPUP), firefox);
  const docs = await open(`https://${ACME_SELF_SERVICE}/docs`);
  await docs.locator(".auth-wrapper .authorize.locked").wait();
  await docs.locator(".opblock-summary-path[data-path$='/whoami']").click();
  await docs.locator("::-p-text(Try it out)").click();
  await docs.locator("button.execute").click();
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
  const alert = popup.locator('::-p-aria([role="alert"])');
  await expect.poll(() => alert.map((el) => el.textContent).wait()).toContain("*.ping.cloud");
  await aria(popup, "button", "Allow access").click();
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
  // Headless Firefox has no place to show a notice and closes each one as soon as it is made, so the
  // closing is what proves that Firefox took it (it refuses Chrome's buttons and requireInteraction).
  await popup.evaluate(() => {
    const closed: string[] = [];
    Object.assign(window, { closedNotices: closed });
    chrome.notifications.onClosed.addListener((id) => closed.push(id));
  });
  await captureToken(popup, firefox);
  const closed = () => popup.evaluate(() => (window as unknown as { closedNotices: string[] }).closedNotices);
  await expect
    .poll(closed, { timeout: 10_000 })
    .toEqual([expect.stringMatching(/^expiry:.+\/self-service$/)]);
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
  await aria(popup, "button", "Allow access").wait();
  expect(await violations(popup), "with a token and the host-access notice").toEqual([]);
  const options = await open("/src/options/index.html");
  expect(await violations(options), "options").toEqual([]);
});
