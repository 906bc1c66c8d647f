import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { ACME_DOCS, captureToken, openPopupOver } from "./support/helpers";
import { ourAuthorizationRuns } from "./support/page-traps";
import { AUTHORIZE, LOCKED, tryWhoami } from "./support/swagger-helpers";

test("on a docs tab the popup says which token is applied, and can remove it and apply it again", async ({
  popup,
  standIn,
  open,
}) => {
  await captureToken(popup, "self-service");
  const docs = await open(ACME_DOCS);
  await expect(docs.locator(AUTHORIZE)).toHaveClass(LOCKED);
  const over = await openPopupOver(docs, popup);
  const panel = over.getByRole("region", { name: "This page" });
  await expect(panel).toContainText("The self-service token is applied here (bearerAuth), expires in");

  await panel.getByRole("button", { name: "Remove from page" }).click();
  await expect(panel.getByRole("status")).toHaveText("Removed from this page.");
  await expect(panel).toContainText("is not applied here yet");
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });

  await panel.getByRole("button", { name: "Apply now" }).click();
  await expect(panel.getByRole("status")).toHaveText("Applied to bearerAuth.");
  // Once applied, the button says so.
  await expect(panel.getByRole("button", { name: "Applied ✓" })).toBeVisible();
  await docs.getByRole("button", { name: "Execute" }).click();
  await expect.poll(() => standIn.apiCalls.at(-1)?.status).toBe(200);
});

test("with auto-authorize off nothing is applied until Apply now", async ({ popup, standIn, open }) => {
  await captureToken(popup, "self-service");
  await popup.bringToFront();
  await popup.getByText("Settings").click();
  await popup.getByLabel(/Authorize Swagger UI on your environments' API docs by itself/).uncheck();
  // Stored before the docs load: the background reads the setting as each page completes.
  await expect.poll(() => autoAuthorizeSetting(popup)).toBe(false);
  const docs = await open(ACME_DOCS, { traps: true });
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });
  const over = await openPopupOver(docs, popup);
  await over.getByRole("region", { name: "This page" }).getByRole("button", { name: "Apply now" }).click();
  await expect(over.getByRole("region", { name: "This page" }).getByRole("status")).toHaveText(
    "Applied to bearerAuth.",
  );
  // Apply now's one run: the background's own look at the page began at its load, before the popup
  // opened, and goes the same way (storage, then scripts into the same document, each answered in turn),
  // so a run of its own would have come first.
  expect(await ourAuthorizationRuns(docs)).toBe(1);
  await docs.getByRole("button", { name: "Execute" }).click();
  await expect.poll(() => standIn.apiCalls.at(-1)?.status).toBe(200);
});

test("a docs host of another application gets that application's token, or the one the user pins", async ({
  popup,
  standIn,
  open,
}) => {
  await captureToken(popup, "self-service");
  const docs = await open("https://pingfederate-admin-api.dev-acme.us1.ping.cloud/docs", { traps: true });
  await docs.locator(".opblock-summary").first().waitFor();
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });
  const over = await openPopupOver(docs, popup);
  const panel = over.getByRole("region", { name: "This page" });
  await expect(panel).toContainText("No pingfederate token for this page yet.");
  await panel.getByLabel("Token for this page").selectOption("self-service");
  await expect(panel.getByRole("status")).toHaveText("Applied to bearerAuth.");
  // The pin's one run: a run of the background's own, begun at the page's load, would have come first.
  expect(await ourAuthorizationRuns(docs)).toBe(1);
  await expect(panel).toContainText("The self-service token is applied here");
  await docs.getByRole("button", { name: "Execute" }).click();
  await expect
    .poll(() => standIn.apiCalls.at(-1))
    .toMatchObject({
      host: "pingfederate-admin-api.dev-acme.us1.ping.cloud",
      status: 200,
    });
});

test("an expired token is not applied, and the popup offers to sign in again", async ({
  popup,
  loaded,
  open,
  captureExpired,
}) => {
  await captureExpired("self-service");
  const docs = await open(ACME_DOCS);
  const over = await openPopupOver(docs, popup);
  const panel = over.getByRole("region", { name: "This page" });
  await expect(panel).toContainText(
    /The self-service token for this page expired \d+ sec ago: it is not applied\./,
  );
  const [login] = await Promise.all([
    loaded.context.waitForEvent("page"),
    panel.getByRole("button", { name: "Sign in again to self-service" }).click(),
  ]);
  await expect(login.getByRole("heading", { name: "Success" })).toBeVisible();
});

/** The auto-authorize setting as stored (the popup's switch writes it through the background). */
const autoAuthorizeSetting = (extensionPage: Page) =>
  extensionPage.evaluate(async () => {
    const { settings } = (await chrome.storage.local.get("settings")) as {
      settings?: { value: { autoAuthorize?: boolean } };
    };
    return settings?.value.autoAuthorize;
  });
