// Accessibility of our own pages, checked by axe in both colour schemes: the popup (first run, with a
// token and every section open, and over a docs tab), the options page and the decoder.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { ACME_DOCS, captureToken, openPopupOver, openTokenDetails } from "./support/helpers";

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).analyze();
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`popup, options and decoder pass axe in the ${colorScheme} scheme`, async ({
    popup,
    loaded,
    extensionId,
    open,
  }) => {
    await popup.emulateMedia({ colorScheme });
    expect(await violations(popup), "first run").toEqual([]);

    await captureToken(popup, "self-service");
    for (const summary of await popup.locator("details > summary").all()) await summary.click();
    await openTokenDetails(popup, "self-service · dev-acme.us1");
    expect(await violations(popup), "with a token and every section open").toEqual([]);

    const docs = await open(ACME_DOCS);
    const overDocs = await openPopupOver(docs, popup);
    await overDocs.emulateMedia({ colorScheme });
    await expect(overDocs.getByRole("button", { name: "Remove from page" })).toBeVisible();
    expect(await violations(overDocs), "over a docs tab").toEqual([]);

    const options = await loaded.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(options.getByRole("heading", { name: "P1AS Token Capture options" })).toBeVisible();
    expect(await violations(options), "options").toEqual([]);

    const decoder = await loaded.context.newPage();
    await decoder.emulateMedia({ colorScheme });
    await decoder.goto(`chrome-extension://${extensionId}/src/decode/index.html`);
    await expect(decoder.getByRole("heading", { name: "Decode JWT" })).toBeVisible();
    expect(await violations(decoder), "decoder").toEqual([]);
  });
}
