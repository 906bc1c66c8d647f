// Client-credentials tokens, minted by the real oidc-provider behind the stand-in as
// auth.pingone.com/<envId>/as/token: each client authentication method, every kind of failure, where the
// secret is kept, and the renewal that keeps the token fresh across a stopped service worker.

import { PINGONE_CLIENTS, PINGONE_ENV_ID } from "./standin/pingone";
import {
  addProfileWithBasicClient,
  alertOf,
  CARD,
  expectTokenKept,
  fillCredentials,
  getToken,
  getTokenReceived,
  mintedToken,
  statusOf,
} from "./support/client-credentials-helpers";
import { expect, test } from "./support/fixtures";
import { ACME, ACME_DOCS, addProfile, localStorageText, SHORT_LIFETIME_S } from "./support/helpers";
import { stopServiceWorkers } from "./support/service-worker";
import { tryWhoami } from "./support/swagger-helpers";

for (const [method, client] of [
  ["client_secret_basic", PINGONE_CLIENTS.basic],
  ["client_secret_post", PINGONE_CLIENTS.post],
] as const) {
  test(`Get token with ${method}: the token is shown decoded and authorizes the profile's docs`, async ({
    popup,
    standIn,
    open,
  }) => {
    await addProfile(popup, ACME);
    await fillCredentials(popup, { clientId: client.id, secret: client.secret, method });
    await getToken(popup);
    await expect(statusOf(popup)).toContainText("Token received; it expires in");
    const minted = standIn.pingOne.issued.at(-1) ?? "";
    expect(minted.split(".")).toHaveLength(3);
    expect((await mintedToken(popup))?.raw).toBe(minted);

    const card = popup.getByRole("article", { name: CARD });
    await card.getByRole("button", { name: "More" }).click();
    const claim = (name: string) =>
      card.getByRole("region", { name: "Claims" }).locator(`dt:text-is("${name}") + dd`);
    await expect(claim("client_id")).toHaveText(client.id);
    await expect(claim("iss")).toHaveText(`https://auth.pingone.com/${PINGONE_ENV_ID}/as`);

    const docs = await open(ACME_DOCS);
    expect(await tryWhoami(docs)).toEqual({ authorization: `Bearer ${minted}`, status: 200 });
  });
}

test("a wrong secret, a refused scope, a 404 region, broken answers and a cut connection are explained; the token stays", async ({
  popup,
  standIn,
}) => {
  await addProfileWithBasicClient(popup);
  await getTokenReceived(popup);
  const kept = await mintedToken(popup);

  const alert = alertOf(popup);
  await popup.getByLabel("Client secret").fill("wrong secret");
  await getToken(popup);
  await expect(alert).toContainText("PingOne refused the client");
  await expect(alert).toContainText("401 invalid_client");

  await popup.getByLabel("Client secret").fill(PINGONE_CLIENTS.basic.secret);
  await popup.getByLabel("Scope (optional)").fill("nope");
  await getToken(popup);
  await expect(alert).toContainText("400 invalid_scope");

  await popup.getByLabel("Scope (optional)").fill("");
  await popup.getByLabel("PingOne region").selectOption("eu");
  await getToken(popup);
  await expect(alert).toContainText("no such environment in this region (404)");

  await popup.getByLabel("PingOne region").selectOption("com");
  standIn.pingOne.fault = "non-json";
  await getToken(popup);
  await expect(alert).toContainText("PingOne answered 200 without JSON");
  standIn.pingOne.fault = "no-token";
  await getToken(popup);
  await expect(alert).toContainText("PingOne's answer holds no access token");
  standIn.pingOne.fault = "reset";
  await getToken(popup);
  await expect(alert).toContainText("Could not reach auth.pingone.com: check the region and the network.");

  await expectTokenKept(popup, kept);
});

test("bad settings are named field by field, and nothing is sent", async ({ popup, standIn }) => {
  await addProfile(popup, ACME);
  await fillCredentials(popup, { clientId: "has space", secret: "" });
  await popup.getByLabel("Environment ID").fill("not-a-uuid");
  await getToken(popup);
  await expect(popup.getByLabel("Environment ID")).toHaveAttribute("aria-invalid", "true");
  await expect(popup.getByText("Environment ID is the UUID")).toBeVisible();
  await expect(popup.getByText("A Client ID has no spaces")).toBeVisible();
  await expect(popup.getByText("Enter the application's Client secret.")).toBeVisible();
  expect(standIn.pingOne.tokenRequests).toBe(0);
});

test("a token endpoint that never answers times out within 10 seconds, and nothing is stored", async ({
  popup,
  standIn,
}) => {
  await addProfileWithBasicClient(popup);
  standIn.pingOne.fault = "hang";
  const start = Date.now();
  await getToken(popup);
  await expect(popup.getByText("Asking PingOne…")).toBeVisible();
  await expect(alertOf(popup)).toContainText("auth.pingone.com did not answer within 10 seconds", {
    timeout: 15_000,
  });
  expect(Date.now() - start).toBeLessThan(12_000);
  expect(standIn.pingOne.tokenRequests).toBe(1);
  expect(await mintedToken(popup)).toBeNull();
});

test("the secret stays in storage.session unless kept on purpose, and is never shown again", async ({
  popup,
  loaded,
  worker,
  openPopup,
}) => {
  const { secret } = PINGONE_CLIENTS.post;
  await addProfile(popup, ACME);
  await fillCredentials(popup, { clientId: PINGONE_CLIENTS.post.id, secret, method: "client_secret_post" });
  await popup.getByRole("button", { name: "Save", exact: true }).click();
  await expect(statusOf(popup)).toHaveText("Saved.");
  await expect(popup.getByLabel("Client secret")).toHaveValue("");
  await expect(popup.getByLabel("Client secret")).toHaveAttribute("placeholder", /saved/);
  expect(await localStorageText(worker)).not.toContain(secret);
  expect(await popup.content()).not.toContain(secret);

  // Session only: gone after a restart, and the popup says what to do.
  await loaded.restart();
  let page = await openPopup();
  await fillCredentials(page, {
    clientId: PINGONE_CLIENTS.post.id,
    secret: "",
    method: "client_secret_post",
  });
  await getToken(page);
  await expect(page.getByText("Enter the application's Client secret.")).toBeVisible();

  // Kept on purpose: the warning says what that means, and the secret survives the restart.
  await fillCredentials(page, {
    clientId: PINGONE_CLIENTS.post.id,
    secret,
    method: "client_secret_post",
    keepSecret: true,
  });
  await expect(page.getByText("stored unencrypted in this browser profile on disk")).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(statusOf(page)).toHaveText("Saved.");
  expect(await localStorageText(loaded.worker)).toContain(secret);
  await loaded.restart();
  page = await openPopup();
  await page.getByText("Client credentials", { exact: true }).click();
  await getToken(page);
  await expect(statusOf(page)).toContainText("Token received");

  // Back to session only: the kept copy leaves storage.local.
  await page.getByLabel("Keep the secret after the browser closes").uncheck();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(statusOf(page)).toHaveText("Saved.");
  expect(await localStorageText(loaded.worker)).not.toContain(secret);

  // Remove: settings, secret and minted token go.
  await page.getByRole("button", { name: "Remove credentials" }).click();
  await expect(statusOf(page)).toHaveText("Client credentials, secret and minted token removed.");
  await expect(page.getByRole("article", { name: CARD })).toHaveCount(0);
  const session = await page.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
  expect(session).not.toContain(secret);
  expect(JSON.parse(await localStorageText(loaded.worker)).clientCredentials).toEqual({
    version: 1,
    value: {},
  });
});

test("keep fresh renews a token before it expires, also after the service worker was stopped", async ({
  popup,
  standIn,
}) => {
  standIn.pingOne.tokenLifetimeSeconds = 12;
  await addProfile(popup, ACME);
  await fillCredentials(popup, {
    clientId: PINGONE_CLIENTS.basic.id,
    secret: PINGONE_CLIENTS.basic.secret,
    keepFresh: true,
  });
  await getTokenReceived(popup);
  const first = await mintedToken(popup);
  if (!first) throw new Error("no minted token");
  await stopServiceWorkers(popup);

  // Renewed at three quarters of its 12 s life: a new token before the first one expired.
  await expect.poll(async () => (await mintedToken(popup))?.raw, { timeout: 15_000 }).not.toBe(first.raw);
  const renewed = await mintedToken(popup);
  expect(renewed?.capturedAt).toBeLessThan(first.exp);
  expect(standIn.pingOne.issued).toContain(renewed?.raw);
});

test("without keep fresh nothing is renewed", async ({ popup, standIn }) => {
  standIn.pingOne.tokenLifetimeSeconds = SHORT_LIFETIME_S;
  await addProfileWithBasicClient(popup);
  await getTokenReceived(popup);
  // A renewal would come at three quarters of the token's life and replace it: the card can only say
  // expired if none came.
  await expect(popup.getByRole("article", { name: CARD })).toContainText("expired", {
    timeout: (SHORT_LIFETIME_S + 5) * 1000,
  });
  expect(standIn.pingOne.tokenRequests).toBe(1);
});
