// Keyboard shortcuts, pressed on a private X display as a user would (headless Chromium has no keyboard
// shortcuts of extensions): one opens the popup, one copies the token that applies to the current tab.
import { expect, test } from "./support/fixtures";
import { ACME_DOCS, ACME_SELF_SERVICE } from "./support/helpers";

test.use({ headed: true });

test("Alt+Shift+C copies the current tab's token; Alt+Shift+P opens the popup", async ({
  popup,
  loaded,
  open,
  capture,
  display,
}) => {
  const token = await capture("self-service");
  const docs = await open(ACME_DOCS);
  await loaded.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: `https://${ACME_SELF_SERVICE}`,
  });
  await docs.bringToFront();
  await docs.evaluate(() => navigator.clipboard.writeText("before"));

  // Chromium assigns no suggested key to an extension loaded from the command line: the user sets them
  // at chrome://extensions/shortcuts, and so does this test.
  const shortcuts = await open("chrome://extensions/shortcuts");
  for (const [command, keys] of [
    ["Copy the token that applies to the current tab", "Alt+Shift+C"],
    ["Activate the extension", "Alt+Shift+P"],
  ] as const) {
    await shortcuts.getByRole("button", { name: `Edit shortcut ${command} for P1AS Token Capture` }).click();
    await shortcuts.keyboard.press(keys);
  }
  await expect
    .poll(() => popup.evaluate(async () => (await chrome.commands.getAll()).map((c) => c.shortcut)))
    .toEqual(["Alt+Shift+P", "Alt+Shift+C"]);
  await shortcuts.close();
  await docs.bringToFront();
  display.focusBrowser();
  display.keys("alt+shift+c");
  await expect.poll(() => docs.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await expect
    .poll(() => popup.evaluate(() => chrome.notifications.getAll()))
    .toEqual({ "copy-token": true });

  // On a page of no profile there is nothing to copy, and the clipboard stays as it was. The notice is
  // the command's last step, after any copy (src/background/commands.ts): once a new one is up, the
  // clipboard holds whatever the command left there.
  const other = await open("https://unrelated.example/blank");
  await docs.evaluate(() => navigator.clipboard.writeText("before"));
  await popup.evaluate(() => chrome.notifications.clear("copy-token"));
  await other.bringToFront();
  display.focusBrowser();
  display.keys("alt+shift+c");
  await expect
    .poll(() => popup.evaluate(() => chrome.notifications.getAll()))
    .toEqual({ "copy-token": true });
  expect(await docs.evaluate(() => navigator.clipboard.readText())).toBe("before");

  // The toolbar popup is no tab: our own pages see it among the extension's views.
  const popupsOpen = () => popup.evaluate(() => chrome.extension.getViews({ type: "popup" }).length);
  expect(await popupsOpen()).toBe(0);
  display.focusBrowser();
  display.keys("alt+shift+p");
  await expect.poll(popupsOpen).toBe(1);
});
