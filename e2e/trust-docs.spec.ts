// Issue "Trust the real P1AS": a token goes only to a profile's admin API hosts, each its own
// application's, or to an origin the user added; and the page never decides which token it gets.
import type { Page } from "@playwright/test";
import type { StandIn } from "./standin/server";
import { expect, test } from "./support/fixtures";
import { ACME, addProfile, captureToken, signInFromPopup, submitSignOn } from "./support/helpers";
import { tryWhoami } from "./support/swagger-helpers";

const DOMAIN = "dev-acme.us1.ping.cloud";

/** The profile's own self-service docs, authorized: the background has done its work on earlier pages. */
async function realDocsAuthorized(page: Page, token: string): Promise<void> {
  await page.goto(`https://self-service-api.${DOMAIN}/docs`);
  expect(await tryWhoami(page)).toEqual({ authorization: `Bearer ${token}`, status: 200 });
}

/** Signs in to another application of the profile from the popup; a live sign-on session asks nothing. */
async function captureAnother(popup: Page, app: string, signOn = false): Promise<void> {
  const tab = await signInFromPopup(popup, app);
  if (signOn) await submitSignOn(tab);
  await expect(tab.getByRole("status")).toContainText(`Token captured · ${app}`);
}

/** A self-service and a pingfederate token of the profile, captured in that order. */
async function captureBoth(
  popup: Page,
  standIn: StandIn,
): Promise<{ selfService: string; pingFederate: string }> {
  await captureToken(popup, "self-service");
  const selfService = standIn.issued.at(-1) ?? "";
  await captureAnother(popup, "pingfederate");
  return { selfService, pingFederate: standIn.issued.at(-1) ?? "" };
}

test("runtime hosts and hosts that name no admin API get no token, however much they look like Swagger UI", async ({
  popup,
  loaded,
  standIn,
  open,
}) => {
  const { selfService } = await captureBoth(popup, standIn);
  for (const host of [`pingfederate.${DOMAIN}`, `monitoring.${DOMAIN}`, `self-service.${DOMAIN}`]) {
    const pretending = await open(`https://${host}/pretend-docs/plain`);
    await pretending.waitForLoadState("load");
  }
  await realDocsAuthorized(await loaded.context.newPage(), selfService);
  expect(standIn.leaks).toEqual([]);
});

test("a page on pingfederate-admin that forges a probe's answer gets its own application's token, never self-service's", async ({
  popup,
  standIn,
  open,
}) => {
  const { selfService, pingFederate } = await captureBoth(popup, standIn);
  await open(`https://pingfederate-admin.${DOMAIN}/pretend-docs/forging`);
  // Whatever the page is given first is the moment to look: the pingfederate token, as it should be.
  await expect.poll(() => standIn.leaks.length).toBeGreaterThan(0);
  expect(standIn.leaks).not.toContain(selfService);
  expect(standIn.leaks).toContain(pingFederate);
});

test("Swagger UI on another host of the environment gets nothing until its origin is added in options, then its application's token", async ({
  loaded,
  open,
  openOptions,
  capture,
}) => {
  const token = await capture("self-service");
  const docs = await open(`https://api.${DOMAIN}/docs`);
  await realDocsAuthorized(await loaded.context.newPage(), token);
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });

  const options = await openOptions();
  // Another environment's host is refused; the profile's own is added with no permission prompt (the
  // manifest holds *.ping.cloud), for the application chosen beside the profile.
  await options.getByLabel("Docs origin", { exact: true }).fill("https://api.prod-acme.us1.ping.cloud");
  await options.getByRole("button", { name: "Add origin" }).click();
  await expect(options.getByRole("status")).toContainText("must belong to the chosen profile's environment");
  await options.getByLabel("Docs origin", { exact: true }).fill(`https://api.${DOMAIN}/docs`);
  await expect(options.getByRole("combobox", { name: "Application", exact: true })).toHaveValue(
    "self-service",
  );
  await options.getByRole("button", { name: "Add origin" }).click();
  await expect(options.getByRole("status")).toHaveText(`Added https://api.${DOMAIN}.`);
  await expect(options.getByText(`https://api.${DOMAIN} → dev-acme.us1 · self-service`)).toBeVisible();

  await docs.reload();
  expect(await tryWhoami(docs)).toEqual({ authorization: `Bearer ${token}`, status: 200 });
});

test("an admin API host gets only its own application's token: none while only another application's exists", async ({
  popup,
  loaded,
  standIn,
  open,
}) => {
  await addProfile(popup, ACME);
  await captureAnother(popup, "self-service", true);
  const token = standIn.issued.at(-1) ?? "";
  const admin = await open(`https://pingaccess-admin.${DOMAIN}/docs`);
  await realDocsAuthorized(await loaded.context.newPage(), token);
  expect(await tryWhoami(admin)).toEqual({ authorization: undefined, status: 401 });
});
