import { expect, test } from "./support/fixtures";
import { ACME, addProfile, localStorageText } from "./support/helpers";

test("the first run shows the profile form and rejects bad values with a message", async ({
  popup,
  worker,
}) => {
  await expect(popup.getByRole("heading", { name: "Add a P1AS environment" })).toBeVisible();
  await popup.getByLabel("Environment", { exact: true }).fill("Dev");
  await popup.getByLabel("Customer", { exact: true }).fill("acme_corp");
  await popup.getByLabel("Region", { exact: true }).fill("-us1");
  await popup.getByRole("button", { name: "Save profile" }).click();

  await expect(popup.getByText("Environment must be lowercase.")).toBeVisible();
  await expect(
    popup.getByText("Customer may contain only lowercase letters, digits and hyphens."),
  ).toBeVisible();
  await expect(popup.getByText("Region cannot start or end with a hyphen.")).toBeVisible();
  await expect(popup.getByLabel("Environment", { exact: true })).toHaveAttribute("aria-invalid", "true");
  expect(await localStorageText(worker)).not.toContain("profiles");

  await popup.getByLabel("Region", { exact: true }).fill("");
  await popup.getByLabel("Region", { exact: true }).blur();
  await expect(popup.getByText("Region is required.")).toBeVisible();
});

test("the domain and login URL are previewed as the user types", async ({ popup }) => {
  await popup.getByLabel("Environment", { exact: true }).fill("dev");
  await popup.getByLabel("Customer", { exact: true }).fill("acme");
  await expect(popup.getByText("The domain and login URL appear here as you type.")).toBeVisible();
  await popup.getByLabel("Region", { exact: true }).fill("us1");
  await expect(popup.getByText("dev-acme.us1.ping.cloud", { exact: true })).toBeVisible();
  await expect(
    popup.getByText("https://self-service-api.dev-acme.us1.ping.cloud/api/v1/auth/login/self-service"),
  ).toBeVisible();
});

test("a saved profile survives reopening the popup and restarting the browser", async ({
  popup,
  loaded,
  openPopup,
}) => {
  await addProfile(popup, ACME);
  await popup.reload();
  await expect(popup.getByLabel("Profile")).toHaveText("dev-acme.us1");

  await loaded.restart();
  const reopened = await openPopup();
  await expect(reopened.getByLabel("Profile")).toHaveText("dev-acme.us1");
  await expect(reopened.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("profiles can be added, edited and removed; a duplicate domain is refused", async ({ popup }) => {
  await addProfile(popup, ACME);
  await popup.getByText("Profiles (1)").click();
  await popup.getByRole("button", { name: "Add profile" }).click();
  await popup.getByLabel("Environment", { exact: true }).fill("dev");
  await popup.getByLabel("Customer", { exact: true }).fill("acme");
  await popup.getByLabel("Region", { exact: true }).fill("us1");
  await popup.getByRole("button", { name: "Save profile" }).click();
  await expect(popup.getByText("A profile for dev-acme.us1.ping.cloud exists already.")).toBeVisible();
  await popup.getByLabel("Environment", { exact: true }).fill("prod");
  await popup.getByLabel("Display name (optional)").fill("Acme production");
  await popup.getByRole("button", { name: "Save profile" }).click();
  await expect(popup.getByLabel("Profile").locator("option")).toHaveText(["dev-acme.us1", "Acme production"]);

  await popup.getByText("Profiles (2)").click();
  await popup.getByRole("button", { name: "Edit dev-acme.us1" }).click();
  await expect(popup.getByLabel("Environment", { exact: true })).toHaveValue("dev");
  await popup.getByLabel("Region", { exact: true }).fill("eu1");
  await popup.getByRole("button", { name: "Save profile" }).click();
  await expect(popup.getByLabel("Profile").locator("option")).toHaveText(["dev-acme.eu1", "Acme production"]);

  await popup.getByText("Profiles (2)").click();
  await popup.getByRole("button", { name: "Remove Acme production" }).click();
  await popup.getByRole("button", { name: "Remove Acme production and its tokens" }).click();
  await expect(popup.getByLabel("Profile").locator("option")).toHaveText(["dev-acme.eu1"]);
});
