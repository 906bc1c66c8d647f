// Keeping tokens on disk is an opt-in the user makes knowingly: a settings file that asks for it (shared by
// a colleague, or crafted) does not turn it on. The import leaves it off and says so, and offers to turn
// it on behind the same warning the setting shows.
import type { Worker } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { localStorageText } from "./support/helpers";

const storedSettings = (worker: Worker) =>
  worker.evaluate(
    async () =>
      ((await chrome.storage.local.get("settings")) as { settings?: { value: unknown } }).settings?.value,
  );

test("an imported file that keeps tokens on disk leaves that off, says so, and asks before turning it on", async ({
  worker,
  openOptions,
  capture,
}) => {
  const token = await capture("self-service");
  const options = await openOptions();
  const file = {
    format: "p1as-token-capture/config",
    version: 1,
    profiles: [],
    settings: { autoAuthorize: true, notifyLeadMinutes: 10, keepTokens: true, renewLeadMinutes: 3 },
  };
  await options.getByLabel("Import a file").setInputFiles({
    name: "team.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });

  const section = options.getByRole("region", { name: "Import and export" });
  const report = section.getByRole("status");
  await expect(report).toContainText("Settings applied.");
  expect(await storedSettings(worker)).toMatchObject({ notifyLeadMinutes: 10, keepTokens: false });
  expect(await localStorageText(worker)).not.toContain(token);
  await expect(report).toContainText("The file asks to keep tokens on disk; left off.");
  await expect(options.getByLabel("Notify this many minutes before a token expires")).toHaveValue("10");
  await expect(options.getByLabel("Keep tokens across browser restarts")).not.toBeChecked();

  // Turning it on takes a second, informed click; cancelling changes nothing.
  const warning = "written unencrypted to this browser profile on disk";
  await section.getByRole("button", { name: "Turn it on…" }).click();
  await expect(section.getByText(warning)).toBeVisible();
  expect(await storedSettings(worker)).toMatchObject({ keepTokens: false });
  await section.getByRole("button", { name: "Cancel" }).click();
  await expect(section.getByText(warning)).toBeHidden();
  expect(await storedSettings(worker)).toMatchObject({ keepTokens: false });

  await section.getByRole("button", { name: "Turn it on…" }).click();
  await section.getByRole("button", { name: "Keep tokens on disk" }).click();
  await expect(options.getByLabel("Keep tokens across browser restarts")).toBeChecked();
  await expect(section.getByRole("button", { name: "Turn it on…" })).toBeHidden();
  await expect.poll(() => localStorageText(worker)).toContain(token);
});
