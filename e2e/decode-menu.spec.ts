// "Decode JWT" from the browser's own context menu (headless Chromium shows none): selected on a page,
// chosen with the keyboard as a user may, it opens the decoder with the token decoded, and keeps nothing.
import { expect, test } from "./support/fixtures";

test.use({ headed: true });

test("Decode JWT on selected text opens the decoder with it decoded, and nothing stays stored", async ({
  loaded,
  standIn,
  open,
  display,
}) => {
  // Any page with a token in its text: here one on a host of no profile.
  const page = await open("https://unrelated.example/page?shape=wbr");
  const token = standIn.issued.at(-1) ?? "";
  // Where the token's paragraph is on the screen: the window's place plus the browser's own top bars.
  const box = await page.evaluate(() => {
    const rect = (document.querySelector("p.token") as HTMLElement).getBoundingClientRect();
    const top = window.screenY + window.outerHeight - window.innerHeight;
    return { x: window.screenX + rect.x + 20, y: top + rect.y + rect.height / 2 };
  });
  // Selected as a user would (a triple click takes the paragraph), then the context menu on it.
  const windowsBefore = display.windows().length;
  display.click(box.x, box.y, 1, 3);
  display.click(box.x, box.y, 3);
  // The context menu is a window of its own: keys go to it once it is there.
  await expect.poll(() => display.windows().length).toBeGreaterThan(windowsBefore);
  // The menu ends with the extension's item, then Inspect (Chromium started by Playwright).
  const [decoder] = await Promise.all([
    loaded.context.waitForEvent("page"),
    Promise.resolve(display.keys("Up", "Up", "Return")),
  ]);
  await decoder.waitForLoadState("domcontentloaded");
  await expect(decoder.getByRole("heading", { name: "Decode JWT" })).toBeVisible();
  await expect(decoder.getByLabel("Paste a JWT to decode (not stored)")).toHaveValue(token);
  await expect(decoder.getByRole("region", { name: "Claims" })).toContainText("ann");
  expect(
    await decoder.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null))),
  ).not.toContain(token);
});
