// A user-added docs origin, end to end through the browser's own permission prompt. Headless Chromium
// never shows that prompt, so this test runs headed on a private X display and answers it with keys.
import { answerBrowserPrompt } from "./support/browser-prompt";
import { expect, test } from "./support/fixtures";
import { tryWhoami } from "./support/swagger-helpers";

test.use({ headed: true });

test("a user-added origin works only after its permission is granted, and stops once removed", async ({
  worker,
  open,
  openOptions,
  capture,
  display,
}) => {
  const token = await capture("self-service");

  const docs = await open("https://docs.example.test/docs");
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });

  const options = await openOptions();
  const origin = options.getByLabel("Docs origin", { exact: true });

  const addOrigin = () => options.getByRole("button", { name: "Add origin" }).click();

  // Denied: the prompt's default button is Deny.
  await origin.fill("https://docs.example.test");
  await answerBrowserPrompt(options, display, addOrigin, { press: "Return" });
  await expect(options.getByRole("status")).toHaveText(
    "Access to that origin was not granted: nothing was added.",
  );

  // Granted: Tab to Allow.
  await answerBrowserPrompt(options, display, addOrigin, { move: ["Tab"], press: "Return" });
  await expect(options.getByRole("status")).toHaveText("Added https://docs.example.test.");
  await docs.reload();
  expect(await tryWhoami(docs)).toEqual({ authorization: `Bearer ${token}`, status: 200 });

  await options.bringToFront();
  await options.getByRole("button", { name: "Remove https://docs.example.test" }).click();
  // Given back: only the manifest's own hosts remain.
  const declared = await worker.evaluate(() =>
    [...(chrome.runtime.getManifest().host_permissions ?? [])].sort(),
  );
  await expect
    .poll(() => worker.evaluate(async () => [...((await chrome.permissions.getAll()).origins ?? [])].sort()))
    .toEqual(declared);
  await docs.reload();
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });
});
