// The popup and the options page from the keyboard alone: every control is reached with Tab and shows
// where the focus is, and the popup's whole job (add a profile, sign in, copy, read the claims) is done
// with Tab, typing, Enter and Space.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import {
  ACME,
  ACME_DOCS,
  ACME_SELF_SERVICE,
  captureToken,
  openTokenDetails,
  submitSignOn,
} from "./support/helpers";

/** Presses Tab until the focused element is `role` named `name`; fails after 80 presses. */
async function tabTo(page: Page, role: string, name: string): Promise<void> {
  const target = page.getByRole(role as Parameters<Page["getByRole"]>[0], { name, exact: true });
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached the ${role} "${name}"`);
}

interface TabWalk {
  unreached: string[];
  withoutVisibleFocus: string[];
}

/** Tabs through the whole page once and reports controls Tab skipped and focus that showed no outline. */
async function walkWithTab(page: Page): Promise<TabWalk> {
  const controls = await page.evaluate(() => {
    const seen = new WeakSet<Element>();
    const bare: string[] = [];
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    document.addEventListener("focusin", (event) => {
      const el = event.target as Element;
      seen.add(el);
      const style = getComputedStyle(el);
      if (style.outlineStyle === "none" || Number.parseFloat(style.outlineWidth) < 1) bare.push(label(el));
    });
    const all = [
      ...document.querySelectorAll("button, input, select, textarea, summary, a[href], [tabindex]"),
    ].filter(
      (el) =>
        (el as HTMLElement).offsetParent !== null &&
        !(el as HTMLButtonElement).disabled &&
        el.getAttribute("tabindex") !== "-1",
    );
    Object.assign(window, {
      tabWalk: () => ({
        unreached: all.filter((el) => !seen.has(el)).map(label),
        withoutVisibleFocus: bare,
      }),
    });
    return all.length;
  });
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  for (let i = 0; i < controls + 2; i++) await page.keyboard.press("Tab");
  return page.evaluate(() => (window as unknown as { tabWalk(): TabWalk }).tabWalk());
}

test("the popup's whole job from the keyboard: add a profile, sign in, copy, read the claims", async ({
  popup,
  standIn,
}) => {
  await tabTo(popup, "textbox", "Environment");
  await popup.keyboard.type(ACME.environment);
  await tabTo(popup, "textbox", "Customer");
  await popup.keyboard.type(ACME.customer);
  await tabTo(popup, "textbox", "Region");
  await popup.keyboard.type(ACME.region);
  await popup.keyboard.press("Enter");
  await expect(popup.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();

  await tabTo(popup, "combobox", "Application");
  await popup.keyboard.press("End");
  await expect(popup.getByLabel("Application")).not.toHaveValue("self-service");
  await popup.keyboard.press("Home");
  await expect(popup.getByLabel("Application")).toHaveValue("self-service");
  await tabTo(popup, "button", "Sign in");
  const [tab] = await Promise.all([popup.context().waitForEvent("page"), popup.keyboard.press("Enter")]);
  await submitSignOn(tab);
  await expect(tab.getByRole("status")).toContainText("Token captured");
  await popup.bringToFront();

  const card = popup.getByRole("article", { name: "self-service · dev-acme.us1" });
  await expect(card).toBeVisible();
  await tabTo(popup, "button", "Copy token");
  await popup.keyboard.press("Enter");
  await expect(popup.locator("main > [role=status]")).toHaveText(/^Copied /);
  await expect(card.getByRole("button", { name: "Copied ✓" })).toBeFocused();
  // Read back where a page may read the clipboard (an extension page's origin cannot be granted it).
  const reader = await popup.context().newPage();
  await reader.goto(ACME_DOCS);
  await popup.context().grantPermissions(["clipboard-read"], { origin: `https://${ACME_SELF_SERVICE}` });
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(standIn.issued.at(-1));
  await reader.close();
  await popup.bringToFront();

  // More is the next stop after Copy token; Enter opens it, Space closes it again.
  await popup.keyboard.press("Tab");
  await expect(card.getByRole("button", { name: "More" })).toBeFocused();
  await popup.keyboard.press("Enter");
  await expect(card.getByRole("region", { name: "Claims" })).toContainText("ann@acme.example");
  await popup.keyboard.press("Space");
  await expect(card.getByRole("region", { name: "Claims" })).toBeHidden();
});

test("every control of the popup and the options page is reached with Tab and shows its focus", async ({
  popup,
  openOptions,
}) => {
  await captureToken(popup, "self-service");
  for (const summary of await popup.locator("details > summary").all()) await summary.click();
  await openTokenDetails(popup, "self-service · dev-acme.us1");
  expect(await walkWithTab(popup), "popup").toEqual({ unreached: [], withoutVisibleFocus: [] });

  const options = await openOptions();
  await expect(options.getByRole("heading", { name: "P1AS Token Capture options" })).toBeVisible();
  expect(await walkWithTab(options), "options").toEqual({ unreached: [], withoutVisibleFocus: [] });
});
