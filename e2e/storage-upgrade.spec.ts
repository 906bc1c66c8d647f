// The storage a user of v0.1.0 has (e2e/fixtures/storage-v0.1.0.json, made by that build: see the README
// beside it) loaded into this build: after a browser restart the background's start-up pass has upgraded
// it, and everything is found where the user looks; the profile that cannot be read is shown, not lost.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { popupUrl } from "./support/launch";

const FIXTURE: Record<string, unknown> = JSON.parse(
  readFileSync(new URL("./fixtures/storage-v0.1.0.json", import.meta.url), "utf8"),
);

const storedLocal = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.local.get(null)) as Record<string, { version?: number }>);

test("v0.1.0's storage upgrades: profiles, settings, history, docs origins, pins and client credentials found, the broken profile kept aside", async ({
  loaded,
}) => {
  await loaded.worker.evaluate(async (fixture) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(fixture);
  }, FIXTURE);
  // A browser restart: the new build's service worker starts on v0.1.0's storage, as after an update.
  await loaded.restart();
  const options = await loaded.context.newPage();
  await options.goto(`chrome-extension://${loaded.extensionId}/src/options/index.html`);

  // Every value stored by v0.1.0 now says its version; docs origins are at version 2.
  await expect
    .poll(async () => {
      const stored = await storedLocal(options);
      return Object.keys(FIXTURE).map((key) => [key, stored[key]?.version]);
    })
    .toEqual(Object.keys(FIXTURE).map((key) => [key, key === "docsOrigins" ? 2 : 1]));

  const profiles = options.getByRole("region", { name: "Profiles" });
  await expect(profiles.locator("li")).toHaveText([/^dev-acme\.us1/, /^Acme production/, /^stage-acme\.us1/]);
  const prod = profiles.getByRole("listitem", { name: "Acme production" });
  await expect(prod.getByLabel("Colour")).toHaveValue("red");
  await expect(prod.getByLabel("Sign in first to")).toHaveValue("pingaccess");
  await expect(
    options.getByLabel("Authorize Swagger UI on your environments' API docs by itself"),
  ).not.toBeChecked();
  await expect(options.getByLabel("Notify this many minutes before a token expires")).toHaveValue("12");
  const docs = options.getByRole("region", { name: "Other docs origins" });
  await expect(docs.locator("li")).toHaveText([
    "https://api-docs.dev-acme.us1.ping.cloud → dev-acme.us1 · pingfederateRemove",
    // Kept by hand in the shape from before origins had an application: migrated to self-service.
    "https://legacy-docs.dev-acme.us1.ping.cloud → dev-acme.us1 · self-serviceRemove",
  ]);

  const popup = await loaded.context.newPage();
  await popup.goto(popupUrl(loaded.extensionId));
  await expect(popup.getByRole("combobox", { name: /^Profile/ }).locator("option")).toHaveText([
    "dev-acme.us1",
    "Acme production",
    "stage-acme.us1",
  ]);
  await expect(popup.getByText("Sign-in history (2)")).toBeVisible();
  await popup.getByText("Client credentials", { exact: true }).click();
  await expect(popup.getByLabel("Client ID")).toHaveValue("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f1");
  await expect(popup.getByLabel("Keep the secret after the browser closes")).toBeChecked();
  const stored = await storedLocal(popup);
  expect(stored.docsPins).toEqual({ version: 1, value: FIXTURE.docsPins });
  expect(stored.history).toEqual({ version: 1, value: FIXTURE.history });

  // The profile that fails its check: shown, copyable for repair, and gone only when the user says so.
  const keptAside = options.getByRole("region", { name: "Could not be read" });
  const row = keptAside.getByRole("listitem", { name: "1 profile could not be read." });
  await expect(row).toBeVisible();
  await expect(row.getByRole("button", { name: "Copy as JSON" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page: options }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  // With the keyboard: each button takes the focus and answers Enter.
  await row.getByRole("button", { name: "Discard" }).focus();
  await options.keyboard.press("Enter");
  await row.getByRole("button", { name: "Discard for good" }).focus();
  await options.keyboard.press("Enter");
  // The profile's line goes, and the section with it. (This once waited seconds after a browser start,
  // behind the background's read of the managed policy: see lifecycle.spec.ts.)
  await expect(keptAside).toBeHidden();
  expect((await storedLocal(options)).keptAside).toEqual({ version: 1, value: [] });
  await expect(profiles.locator("li")).toHaveCount(3);
});
