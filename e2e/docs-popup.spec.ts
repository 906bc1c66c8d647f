import { expect, test } from "./fixtures";
import { ACME_SELF_SERVICE, captureToken, openPopupOver } from "./helpers";
import { tryWhoami } from "./swagger-helpers";

test("on a docs tab the popup says which token is applied, and can remove it and apply it again", async ({
  popup,
  loaded,
  standIn,
}) => {
  await captureToken(popup, "self-service");
  const docs = await loaded.context.newPage();
  await docs.goto(`https://${ACME_SELF_SERVICE}/docs`);
  await expect(docs.locator(".auth-wrapper .authorize")).toHaveClass(/(^|\s)locked(\s|$)/);
  const over = await openPopupOver(docs, popup);
  const panel = over.getByRole("region", { name: "This page" });
  await expect(panel).toContainText("The self-service token is applied here (bearerAuth), expires in");

  await panel.getByRole("button", { name: "Remove from page" }).click();
  await expect(panel.getByRole("status")).toHaveText("Removed from this page.");
  await expect(panel).toContainText("is not applied here yet");
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });

  await panel.getByRole("button", { name: "Apply now" }).click();
  await expect(panel.getByRole("status")).toHaveText("Applied to bearerAuth.");
  await docs.getByRole("button", { name: "Execute" }).click();
  await expect.poll(() => standIn.apiCalls.at(-1)?.status).toBe(200);
});

test("with auto-authorize off nothing is applied until Apply now", async ({ popup, loaded, standIn }) => {
  await captureToken(popup, "self-service");
  await popup.bringToFront();
  await popup.getByText("Settings").click();
  await popup.getByLabel(/Authorize Swagger UI on your environments' API docs by itself/).uncheck();
  const docs = await loaded.context.newPage();
  await docs.goto(`https://${ACME_SELF_SERVICE}/docs`);
  await docs.waitForTimeout(1500);
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });
  const over = await openPopupOver(docs, popup);
  await over.getByRole("region", { name: "This page" }).getByRole("button", { name: "Apply now" }).click();
  await expect(over.getByRole("region", { name: "This page" }).getByRole("status")).toHaveText(
    "Applied to bearerAuth.",
  );
  await docs.getByRole("button", { name: "Execute" }).click();
  await expect.poll(() => standIn.apiCalls.at(-1)?.status).toBe(200);
});

test("a docs host of another application gets that application's token, or the one the user pins", async ({
  popup,
  loaded,
  standIn,
}) => {
  await captureToken(popup, "self-service");
  const docs = await loaded.context.newPage();
  await docs.goto("https://pingfederate-admin-api.dev-acme.us1.ping.cloud/docs");
  await docs.locator(".opblock-summary").first().waitFor();
  await docs.waitForTimeout(1000);
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });
  const over = await openPopupOver(docs, popup);
  const panel = over.getByRole("region", { name: "This page" });
  await expect(panel).toContainText("No pingfederate token for this page yet.");
  await panel.getByLabel("Token for this page").selectOption("self-service");
  await expect(panel.getByRole("status")).toHaveText("Applied to bearerAuth.");
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
  standIn,
}) => {
  standIn.tokenLifetimeSeconds = 3;
  await captureToken(popup, "self-service");
  await popup.waitForTimeout(3500);
  const docs = await loaded.context.newPage();
  await docs.goto(`https://${ACME_SELF_SERVICE}/docs`);
  const over = await openPopupOver(docs, popup);
  const panel = over.getByRole("region", { name: "This page" });
  await expect(panel).toContainText(
    /The self-service token for this page expired \d+ sec ago: it is not applied\./,
  );
  const [login] = await Promise.all([
    loaded.context.waitForEvent("page"),
    panel.getByRole("button", { name: "Sign in again" }).click(),
  ]);
  await expect(login.getByRole("heading", { name: "Success" })).toBeVisible();
});
