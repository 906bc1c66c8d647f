// The fixtures' after-test checks read what this test proves they see: console messages of a page, of the
// popup and of the service worker. Without it, "no token in any console" could pass by seeing nothing.
import { expect, test } from "./support/fixtures";

test("the console watch hears pages, the popup and the service worker", async ({
  popup,
  worker,
  consoleText,
  open,
}) => {
  const page = await open("https://jwt.example.test/blank");
  await page.evaluate(() => console.log("marker from a page"));
  await popup.evaluate(() => console.log("marker from the popup"));
  await worker.evaluate(() => console.log("marker from the service worker"));
  await expect
    .poll(() => [...new Set(consoleText.filter((text) => text.startsWith("marker from")))].sort())
    .toEqual(["marker from a page", "marker from the popup", "marker from the service worker"]);
});
