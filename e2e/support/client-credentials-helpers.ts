// Steps in the popup's Client credentials section, shared by the tests that mint tokens.
import { expect, type Page } from "@playwright/test";
import { PINGONE_CLIENTS, PINGONE_ENV_ID } from "../standin/pingone";
import { ACME, addProfile } from "./helpers";

/** The token card of a minted token of the dev-acme.us1 profile. */
export const CARD = "self-service (client credentials) · dev-acme.us1";

/** The popup's Client credentials section. */
export const section = (popup: Page) =>
  popup.locator("details", { has: popup.getByText("Client credentials", { exact: true }) });
export const statusOf = (popup: Page) => section(popup).getByRole("status");
export const alertOf = (popup: Page) => section(popup).getByRole("alert");

/** Opens the section and fills it as a user would. */
export async function fillCredentials(
  popup: Page,
  fields: { clientId: string; secret: string; method?: string; keepFresh?: boolean; keepSecret?: boolean },
) {
  if (!(await section(popup).evaluate((d) => (d as HTMLDetailsElement).open))) {
    await section(popup).getByText("Client credentials", { exact: true }).click();
  }
  await popup.getByLabel("PingOne region").selectOption("com");
  await popup.getByLabel("Environment ID").fill(PINGONE_ENV_ID);
  await popup.getByLabel("Client ID").fill(fields.clientId);
  await popup.getByLabel("Client secret").fill(fields.secret);
  await popup.getByLabel("Client authentication").selectOption(fields.method ?? "client_secret_basic");
  await popup.getByLabel("Keep fresh").setChecked(fields.keepFresh ?? false);
  await popup.getByLabel("Keep the secret after the browser closes").setChecked(fields.keepSecret ?? false);
}

/** A new profile (dev-acme.us1), and the credentials of PingOne's client_secret_basic client filled in. */
export async function addProfileWithBasicClient(popup: Page): Promise<void> {
  await addProfile(popup, ACME);
  await fillCredentials(popup, { clientId: PINGONE_CLIENTS.basic.id, secret: PINGONE_CLIENTS.basic.secret });
}

export const getToken = (popup: Page) => popup.getByRole("button", { name: "Get token" }).click();

/** Get token, and the section's word that a token was received. */
export async function getTokenReceived(popup: Page): Promise<void> {
  await getToken(popup);
  await expect(statusOf(popup)).toContainText("Token received");
}

/** The minted token in storage.session, read from the popup (a trusted page; the worker may be stopped). */
export const mintedToken = (popup: Page) =>
  popup.evaluate(async () => {
    const { tokens } = await chrome.storage.session.get("tokens");
    const all = Object.values(tokens ?? {}) as {
      raw: string;
      source: string;
      capturedAt: number;
      exp: number;
    }[];
    return all.find((t) => t.source === "client-credentials") ?? null;
  });

/** The minted token is still `kept`, and its card is still shown: a failed Get token changed nothing. */
export async function expectTokenKept(
  popup: Page,
  kept: Awaited<ReturnType<typeof mintedToken>>,
): Promise<void> {
  expect(await mintedToken(popup)).toEqual(kept);
  await expect(popup.getByRole("article", { name: CARD })).toBeVisible();
}
