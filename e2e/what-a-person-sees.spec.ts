// What a person sees on our pages, measured in the browser rather than assumed from the stylesheet: text
// size (Chromium gives extension pages body { font-size: 75% }), borders that can be seen, red kept for
// danger, and a focus ring of its own colour. axe checks text contrast; these are what it does not.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { captureToken, openTokenDetails } from "./support/helpers";

interface Seen {
  smallestText: number;
  borderContrast: number;
  primary: string;
  danger: string;
  focus: string;
}

/** Sizes and colours as computed on `page`, with WCAG's contrast ratio for the field borders. */
function seen(page: Page, focusTarget: string): Promise<Seen> {
  return page.evaluate((focusTarget) => {
    const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (colour: string) => {
      const [r = 0, g = 0, b = 0] = rgb(colour).map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
    };
    const texts = [...document.querySelectorAll<HTMLElement>("body *")].filter(
      (e) =>
        e.offsetParent !== null && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
    );
    const field = document.querySelector<HTMLElement>("input:not([type=checkbox]), select, textarea");
    const card = field?.closest<HTMLElement>(".card") ?? document.body;
    const style = (selector: string) => {
      const e = document.querySelector<HTMLElement>(selector);
      return e ? getComputedStyle(e) : null;
    };
    document.querySelector<HTMLElement>(focusTarget)?.focus();
    const focused = document.activeElement;
    return {
      smallestText: Math.min(...texts.map((e) => Number.parseFloat(getComputedStyle(e).fontSize))),
      borderContrast: field
        ? contrast(getComputedStyle(field).borderTopColor, getComputedStyle(card).backgroundColor)
        : 0,
      primary: style("button.primary")?.backgroundColor ?? "",
      danger: style("button.danger")?.color ?? getComputedStyle(document.body).getPropertyValue("--bad"),
      focus: focused ? getComputedStyle(focused).outlineColor : "",
    };
  }, focusTarget);
}

async function expectLegible(page: Page, what: string, focusTarget: string) {
  const found = await seen(page, focusTarget);
  expect(found.smallestText, `${what}: smallest text in px`).toBeGreaterThanOrEqual(13);
  expect(found.borderContrast, `${what}: field border against its card`).toBeGreaterThanOrEqual(3);
  expect(found.focus, `${what}: the focus ring has a colour`).not.toBe("");
  expect(found.focus, `${what}: focus is not the main action's colour`).not.toBe(found.primary);
  expect(found.focus, `${what}: focus is not the colour of danger`).not.toBe(found.danger);
  expect(found.primary, `${what}: the main action is not the colour of danger`).not.toBe(found.danger);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`text of 13 px or more, visible borders, red for danger only: ${colorScheme} scheme`, async ({
    popup,
    openOptions,
    loaded,
    extensionId,
  }) => {
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 440, height: 600 });
    await captureToken(popup, "self-service");
    for (const summary of await popup.locator("details > summary").all()) await summary.click();
    await openTokenDetails(popup, "self-service · dev-acme.us1");
    await expectLegible(popup, "popup", "button.primary");

    const options = await openOptions();
    await options.emulateMedia({ colorScheme });
    await expect(options.getByRole("heading", { name: "P1AS Token Capture options" })).toBeVisible();
    await expectLegible(options, "options", "button");

    const decoder = await loaded.context.newPage();
    await decoder.emulateMedia({ colorScheme });
    await decoder.goto(`chrome-extension://${extensionId}/src/decode/index.html`);
    await expect(decoder.getByRole("textbox")).toBeVisible();
    await expectLegible(decoder, "decoder", "textarea");
  });
}
