// Steps that many tests share, written the way a user would do them.
import { expect, type Locator, type Page, type Worker } from "@playwright/test";

export const ACME = { environment: "dev", customer: "acme", region: "us1" } as const;
export const ACME_SELF_SERVICE = "self-service-api.dev-acme.us1.ping.cloud";
/** The Swagger UI docs of dev-acme.us1's self-service API. */
export const ACME_DOCS = `https://${ACME_SELF_SERVICE}/docs`;

export async function addProfile(
  popup: Page,
  fields: { environment: string; customer: string; region: string },
) {
  await popup.getByLabel("Environment", { exact: true }).fill(fields.environment);
  await popup.getByLabel("Customer", { exact: true }).fill(fields.customer);
  await popup.getByLabel("Region", { exact: true }).fill(fields.region);
  await popup.getByRole("button", { name: "Save profile" }).click();
  await expect(popup.getByRole("button", { name: "Sign in" })).toBeVisible();
}

/** The login URL of `app` on dev-acme.us1's self-service host, as a bookmark or a link would open it. */
export const acmeLogin = (app: string) => `https://${ACME_SELF_SERVICE}/api/v1/auth/login/${app}`;

/** Opens `app`'s login URL in `tab` and signs on there: a sign-in completed by hand in that tab. */
export async function signInInTab(tab: Page, app: string): Promise<void> {
  await tab.goto(acmeLogin(app));
  await submitSignOn(tab);
}

/** Starts a sign-in from the popup and returns the tab it opened, on the sign-on form. */
export async function signInFromPopup(popup: Page, app: string): Promise<Page> {
  await popup.getByLabel("Application").selectOption(app);
  const [tab] = await Promise.all([
    popup.context().waitForEvent("page"),
    // Exact: an expired token's row has a "Sign in again" of its own.
    popup.getByRole("button", { name: "Sign in", exact: true }).click(),
  ]);
  await tab.waitForLoadState("domcontentloaded");
  return tab;
}

export async function submitSignOn(tab: Page, username = "ann@acme.example"): Promise<void> {
  await expect(tab.getByRole("heading", { name: "Sign On" })).toBeVisible();
  await tab.getByLabel("Username").fill(username);
  await tab.getByLabel("Password").fill("correct horse");
  await tab.getByRole("button", { name: "Submit" }).click();
  await expect(tab.getByRole("heading", { name: "Success" })).toBeVisible();
}

/** A new profile (dev-acme.us1) and a sign-in to `app` from the popup; returns its tab, on the sign-on form. */
export async function signInToNewProfile(popup: Page, app: string): Promise<Page> {
  await addProfile(popup, ACME);
  return signInFromPopup(popup, app);
}

/** A new profile (dev-acme.us1), a sign-in to `app` from the popup, and its token captured. */
export async function captureToken(popup: Page, app: string): Promise<void> {
  const tab = await signInToNewProfile(popup, app);
  await submitSignOn(tab);
  await expect(tab.getByRole("status")).toContainText("Token captured");
  await popup.bringToFront();
}

/**
 * A lifetime for a token that a test waits to see expire: one second longer than expect's own bound
 * (playwright.config.ts) on the capture, since a JWT's exp counts whole seconds from its minting.
 */
export const SHORT_LIFETIME_S = 6;

/** Waits until every stored token has expired by the browser's clock; read from one of our pages. */
export async function untilTokensExpired(extensionPage: Page): Promise<void> {
  const expired = () =>
    extensionPage.evaluate(async () => {
      const { tokens } = await chrome.storage.session.get("tokens");
      const all = Object.values(tokens ?? {}) as { exp: number | null }[];
      return all.length > 0 && all.every((t) => t.exp !== null && t.exp <= Date.now());
    });
  await expect.poll(expired, { timeout: (SHORT_LIFETIME_S + 5) * 1000, intervals: [250] }).toBe(true);
}

export interface StoredTokenView {
  raw: string;
  app: string;
  profileId: string;
  exp: number | null;
}

export async function sessionTokens(worker: Worker): Promise<StoredTokenView[]> {
  return worker.evaluate(async () => {
    const { tokens } = await chrome.storage.session.get("tokens");
    return Object.values(tokens ?? {}) as StoredTokenView[];
  });
}

/**
 * How many captures the sign-in history holds: one line per token stored, in the order the background
 * stored them, so a capture that slipped in anywhere before the last shows here after it.
 */
export async function capturesInHistory(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const { history } = (await chrome.storage.local.get("history")) as {
      history?: { value: { source: string }[] };
    };
    return (history?.value ?? []).filter((record) => record.source === "capture").length;
  });
}

export async function localStorageText(worker: Worker): Promise<string> {
  return worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
}

/**
 * The popup as the toolbar shows it, seen from a page: opened in a popup-type window, so that the tab
 * behind it (the active tab of the last focused normal window) is the page the user looks at.
 */
export async function openPopupOver(page: Page, extensionPage: Page): Promise<Page> {
  await page.bringToFront();
  const [popup] = await Promise.all([
    page.context().waitForEvent("page"),
    extensionPage.evaluate(() =>
      chrome.windows.create({ url: location.href, type: "popup", width: 460, height: 700 }),
    ),
  ]);
  await popup.waitForLoadState("domcontentloaded");
  return popup;
}

/** A token's row in the popup, with its More opened: the other copies, Remove, Renew silently, claims. */
export async function openTokenDetails(popup: Page, name: string): Promise<Locator> {
  const row = popup.getByRole("article", { name });
  const more = row.getByRole("button", { name: "More" });
  if ((await more.getAttribute("aria-expanded")) !== "true") await more.click();
  return row;
}
