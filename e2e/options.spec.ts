import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures";
import { ACME, addProfile, captureToken, localStorageText } from "./support/helpers";
import { laterDocsTabAuthorized, tryWhoami } from "./support/swagger-helpers";

test("a docs origin that is not https (or http on this machine) is refused with a message", async ({
  popup,
  worker,
  openOptions,
}) => {
  await addProfile(popup, ACME);
  const options = await openOptions();
  const cases: [string, string][] = [
    [
      "http://docs.example.test",
      "Use https, or http on localhost only: a token must not travel unencrypted.",
    ],
    ["docs.example.test", "Enter an origin such as https://docs.example.com or http://localhost:8080."],
    [
      "https://self-service-api.prod-acme.us1.ping.cloud",
      "A ping.cloud host must belong to the chosen profile's environment (dev-acme.us1.ping.cloud), on the default port.",
    ],
  ];
  for (const [input, message] of cases) {
    await options.getByLabel("Docs origin", { exact: true }).fill(input);
    await options.getByRole("button", { name: "Add origin" }).click();
    await expect(options.getByRole("status")).toHaveText(message);
  }
  expect(await worker.evaluate(() => chrome.storage.local.get("docsOrigins"))).toEqual({});
});

test("an added origin without its host permission gets nothing, and removing it forgets it", async ({
  popup,
  worker,
  standIn,
  open,
  openOptions,
}) => {
  await captureToken(popup, "self-service");
  // As if the user had revoked the access in chrome://extensions while the extension was not running.
  await worker.evaluate(async () => {
    const { profiles } = (await chrome.storage.local.get("profiles")) as {
      profiles: { value: { id: string }[] };
    };
    await chrome.storage.local.set({
      docsOrigins: [{ origin: "https://docs.example.test", profileId: profiles.value[0]?.id }],
    });
  });
  const docs = await open("https://docs.example.test/docs");
  await docs.locator(".opblock-summary").first().waitFor();
  await laterDocsTabAuthorized(popup);
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });
  expect(standIn.apiCalls.filter((c) => c.status === 200)).toEqual([]);

  const options = await openOptions();
  await expect(options.getByText("https://docs.example.test")).toBeVisible();
  await options.getByRole("button", { name: "Remove https://docs.example.test" }).click();
  await expect(options.getByText("https://docs.example.test")).toBeHidden();
  expect(await worker.evaluate(() => chrome.storage.local.get("docsOrigins"))).toEqual({
    docsOrigins: { version: 2, value: [] },
  });
});

test("settings changed in the options apply at once, in an open popup and in the worker", async ({
  popup,
  worker,
  openOptions,
}) => {
  await addProfile(popup, ACME);
  await popup.getByText("Settings", { exact: true }).click();
  const options = await openOptions();

  await options.getByLabel("Authorize Swagger UI on your environments' API docs by itself").uncheck();
  await expect(
    popup.getByLabel("Authorize Swagger UI on your environments' API docs by itself"),
  ).not.toBeChecked();
  await options.getByLabel("Notify this many minutes before a token expires").fill("12");
  await expect(popup.getByLabel("Notify this many minutes before a token expires")).toHaveValue("12");
  await options.getByLabel("Notify this many minutes before a token expires").fill("90");
  await expect(options.getByText("Enter whole minutes from 0 to 60.")).toBeVisible();
  await expect
    .poll(() =>
      worker.evaluate(
        async () =>
          ((await chrome.storage.local.get("settings")) as { settings?: { value: unknown } }).settings?.value,
      ),
    )
    .toEqual({ autoAuthorize: false, notifyLeadMinutes: 12, keepTokens: false, renewLeadMinutes: 3 });
});

test("tokens are kept across a restart only when the user opts in; Clear all tokens clears them all", async ({
  loaded,
  openOptions,
  openPopup,
  capture,
}) => {
  const token = await capture("self-service");
  let options = await openOptions();
  await expect(options.getByText("tokens live in memory only")).toBeVisible();
  expect(await localStorageText(loaded.worker)).not.toContain(token);

  await options.getByLabel("Keep tokens across browser restarts").check();
  await expect(options.getByText("written unencrypted to this browser profile on disk")).toBeVisible();
  await expect.poll(() => localStorageText(loaded.worker)).toContain(token);
  await loaded.restart();
  let page = await openPopup();
  await expect(page.getByRole("article", { name: "self-service · dev-acme.us1" })).toBeVisible();

  options = await openOptions();
  await options.getByLabel("Keep tokens across browser restarts").uncheck();
  await expect.poll(() => localStorageText(loaded.worker)).not.toContain(token);
  await options.getByRole("button", { name: "Clear all tokens" }).click();
  await options.getByRole("button", { name: "Clear all 1 tokens" }).click();
  await expect(options.getByRole("status")).toHaveText("All tokens cleared.");
  await expect(page.getByText("No tokens yet: sign in to capture one.")).toBeVisible();
  await loaded.restart();
  page = await openPopup();
  await expect(page.getByText("No tokens yet: sign in to capture one.")).toBeVisible();
});

test("export writes profiles and settings, never a token; a bad import is refused whole with a report", async ({
  popup,
  standIn,
  worker,
  openOptions,
}) => {
  await captureToken(popup, "self-service");
  const options = await openOptions();
  const [download] = await Promise.all([
    options.waitForEvent("download"),
    options.getByRole("button", { name: "Export profiles and settings" }).click(),
  ]);
  const exported = readFileSync((await download.path()) ?? "", "utf8");
  expect(JSON.parse(exported)).toEqual({
    format: "p1as-token-capture/config",
    version: 1,
    profiles: [{ ...ACME, name: "" }],
    settings: { autoAuthorize: true, notifyLeadMinutes: 5, keepTokens: false, renewLeadMinutes: 3 },
  });
  for (const token of standIn.issued) expect(exported).not.toContain(token);

  const before = await localStorageText(worker);
  const bad = JSON.parse(exported);
  bad.profiles.push({ environment: "prod", customer: "acme", region: "us 1" });
  bad.settings.notifyLeadMinutes = 90;
  const importFile = (name: string, text: string) =>
    options
      .getByLabel("Import a file")
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await importFile("bad.json", JSON.stringify(bad));
  const alert = options.getByRole("alert");
  await expect(alert).toContainText("Nothing was imported:");
  await expect(alert).toContainText("profiles[1]: Region");
  await expect(alert).toContainText("settings.notifyLeadMinutes: must be whole minutes from 0 to 60.");
  await importFile("broken.json", "{ not json");
  await expect(alert).toContainText("Not JSON:");
  expect(await localStorageText(worker)).toBe(before);

  const good = JSON.parse(exported);
  good.profiles.push({ environment: "prod", customer: "acme", region: "us1", name: "Acme production" });
  good.settings.notifyLeadMinutes = 10;
  await importFile("good.json", JSON.stringify(good));
  await expect(options.getByRole("status")).toContainText("Added prod-acme.us1.ping.cloud.");
  await expect(options.getByRole("status")).toContainText(
    "Already here, kept as they are: dev-acme.us1.ping.cloud.",
  );
  await expect(options.getByRole("region", { name: "Profiles" }).locator("li")).toHaveCount(2);
  await expect(options.getByLabel("Notify this many minutes before a token expires")).toHaveValue("10");
});

test("profiles are added, edited, coloured, given a first application, reordered and removed in the options", async ({
  popup,
  openOptions,
}) => {
  await addProfile(popup, ACME);
  const options = await openOptions();
  const section = options.getByRole("region", { name: "Profiles" });
  await section.getByRole("button", { name: "Add profile" }).click();
  await options.getByLabel("Environment", { exact: true }).fill("prod");
  await options.getByLabel("Customer", { exact: true }).fill("acme");
  await options.getByLabel("Region", { exact: true }).fill("us1");
  await options.getByLabel("Display name (optional)").fill("Acme production");
  await options.getByRole("button", { name: "Save profile" }).click();
  const rows = section.locator("li");
  await expect(rows).toHaveText([/^dev-acme\.us1/, /^Acme production/]);

  const prod = section.getByRole("listitem", { name: "Acme production" });
  await prod.getByLabel("Colour").selectOption("red");
  await prod.getByLabel("Sign in first to").selectOption("pingfederate");
  await section.getByRole("button", { name: "Move Acme production up" }).click();
  await expect(rows).toHaveText([/^Acme production/, /^dev-acme\.us1/]);

  // The popup, open meanwhile, follows: the new order, and Acme production's first application.
  await popup.reload();
  const profileSelect = popup.getByRole("combobox", { name: /^Profile/ });
  await expect(profileSelect.locator("option")).toHaveText(["Acme production", "dev-acme.us1"]);
  await expect(popup.getByLabel("Application")).toHaveValue("pingfederate");

  await section.getByRole("button", { name: "Edit dev-acme.us1" }).click();
  await options.getByLabel("Display name (optional)").fill("Acme dev");
  await options.getByRole("button", { name: "Save profile" }).click();
  await expect(rows).toHaveText([/^Acme production/, /^Acme dev/]);
  await section.getByRole("button", { name: "Remove Acme dev" }).click();
  await section.getByRole("button", { name: "Remove Acme dev and its tokens" }).click();
  await expect(rows).toHaveText([/^Acme production/]);
  await expect(profileSelect.locator("option")).toHaveText(["Acme production"]);
});
