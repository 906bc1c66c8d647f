import { expect, test } from "./support/fixtures";
import { ACME, ACME_SELF_SERVICE, addProfile, localStorageText } from "./support/helpers";

test("the first run shows the profile form, lowercases what is typed and names every fault at once", async ({
  popup,
  worker,
}) => {
  await expect(popup.getByRole("heading", { name: "Add a P1AS environment" })).toBeVisible();
  await expect(popup.getByText("After saving, choose an application and Sign in")).toBeVisible();
  const environment = popup.getByLabel("Environment", { exact: true });
  await environment.pressSequentially("Dev");
  await expect(environment).toHaveValue("dev");
  await popup.getByLabel("Customer", { exact: true }).fill("acme_corp");
  await popup.getByLabel("Region", { exact: true }).fill("-us_1");
  await popup.getByRole("button", { name: "Save profile" }).click();

  await expect(
    popup.getByText("Customer may contain only lowercase letters, digits and hyphens."),
  ).toBeVisible();
  // Both faults of the region, in one message.
  await expect(
    popup.getByText(
      "Region may contain only lowercase letters, digits and hyphens. Region cannot start or end with a hyphen.",
    ),
  ).toBeVisible();
  await expect(popup.getByLabel("Region", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(environment).toHaveAttribute("aria-invalid", "false");
  expect(await localStorageText(worker)).not.toContain("profiles");

  await popup.getByLabel("Region", { exact: true }).fill("");
  await popup.getByLabel("Region", { exact: true }).blur();
  await expect(popup.getByText("Region is required.")).toBeVisible();
});

test("a pasted P1AS URL fills the form; anything else is named as no P1AS URL", async ({ popup }) => {
  const url = popup.getByLabel("P1AS URL (optional)");
  await url.fill("https://example.com/docs");
  await expect(popup.getByRole("alert")).toHaveText(/^Not a P1AS URL/);
  await url.fill("https://pingfederate-admin.prod-big-corp.eu1.ping.cloud/pf-admin-api/v1/docs");
  await expect(popup.getByLabel("Environment", { exact: true })).toHaveValue("prod");
  await expect(popup.getByLabel("Customer", { exact: true })).toHaveValue("big-corp");
  await expect(popup.getByLabel("Region", { exact: true })).toHaveValue("eu1");
  await expect(popup.getByText("Filled from the URL: check the fields, then save.")).toBeVisible();
  await expect(popup.getByRole("alert")).toHaveCount(0);
});

test("a new profile starts from an open P1AS tab of an environment not yet saved", async ({
  popup,
  newTab,
}) => {
  const tab = await newTab();
  await tab.goto(`https://${ACME_SELF_SERVICE}/docs`);
  await popup.reload();
  await expect(popup.getByLabel("Environment", { exact: true })).toHaveValue("dev");
  await expect(popup.getByLabel("Customer", { exact: true })).toHaveValue("acme");
  await expect(popup.getByLabel("Region", { exact: true })).toHaveValue("us1");
  await expect(popup.getByText(`Filled from your open tab on ${ACME_SELF_SERVICE}`)).toBeVisible();

  // Saved, the environment is no longer offered to the next new profile.
  await popup.getByRole("button", { name: "Save profile" }).click();
  await popup.getByText(/^Profiles/).click();
  await popup.getByRole("button", { name: "Add profile" }).click();
  await expect(popup.getByRole("heading", { name: "Add a P1AS environment" })).toBeVisible();
  await expect(popup.getByLabel("Environment", { exact: true })).toHaveValue("");
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
  await expect(reopened.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
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
  // Remove asks once more, and Cancel takes it back, focus and all.
  await popup.getByRole("button", { name: "Remove Acme production" }).click();
  await expect(popup.getByRole("button", { name: "Remove Acme production and its tokens" })).toBeFocused();
  await popup.getByRole("button", { name: "Cancel" }).click();
  await expect(popup.getByRole("button", { name: "Remove Acme production", exact: true })).toBeFocused();
  await expect(popup.getByLabel("Profile").locator("option")).toHaveText(["dev-acme.eu1", "Acme production"]);
  await popup.getByRole("button", { name: "Remove Acme production", exact: true }).click();
  await popup.getByRole("button", { name: "Remove Acme production and its tokens" }).click();
  await expect(popup.getByLabel("Profile").locator("option")).toHaveText(["dev-acme.eu1"]);
});
