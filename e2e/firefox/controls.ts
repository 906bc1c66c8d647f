// Finding and using a page's controls in Firefox as a user would, by their label or text. Element handles,
// not Puppeteer's locators: in Firefox 140 a locator's actions never complete over WebDriver BiDi (153
// is fine), and its ARIA query needs BiDi's accessibility locator, which 140 lacks. These tests run on
// every Firefox the build supports.
import type { ElementHandle, Page } from "puppeteer-core";

/** A textbox or combobox by its label (`for`, or wrapping it), a button by its text. */
export function byName(role: "textbox" | "combobox" | "button", name: string): string {
  const label = `//label[normalize-space(text())="${name}" or normalize-space(span)="${name}"]`;
  const tag = role === "textbox" ? "input" : "select";
  const xpath =
    role === "button"
      ? `//button[normalize-space()="${name}"]`
      : `//${tag}[@id=${label}/@for] | ${label}//${tag}`;
  return `::-p-xpath(${xpath})`;
}

async function visible(page: Page, selector: string): Promise<ElementHandle> {
  const handle = await page.waitForSelector(selector, { visible: true });
  if (!handle) throw new Error(`${selector} is not on the page`);
  return handle;
}

export const waitFor = (page: Page, selector: string): Promise<void> =>
  visible(page, selector).then(() => undefined);

export const click = async (page: Page, selector: string): Promise<void> =>
  (await visible(page, selector)).click();

/** Types into a field (keys, so the page sees input events), or chooses an option of a select. */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  const handle = await visible(page, selector);
  if (await handle.evaluate((element) => element instanceof HTMLSelectElement)) {
    await handle.select(value);
    return;
  }
  await handle.evaluate((element) => {
    (element as HTMLInputElement).value = "";
  });
  await handle.type(value);
}
