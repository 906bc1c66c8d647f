// Steps on a Swagger UI page, the same in every major version.
import type { Frame, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { ACME_DOCS } from "./helpers";

/** Swagger UI's Authorize button, and the class that shows it locked: a scheme is authorized. */
export const AUTHORIZE = ".auth-wrapper .authorize";
export const LOCKED = /(^|\s)locked(\s|$)/;

/** Try it out → Execute on GET /whoami; returns the Authorization header sent and the status received. */
export async function tryWhoami(page: Page): Promise<{ authorization: string | undefined; status: number }> {
  const operation = page.locator(".opblock", { hasText: "/whoami" }).first();
  await operation.waitFor();
  // Swagger UI keeps an operation open, and in try-it-out mode, across a spec swap: open it only if closed.
  if (!(await operation.evaluate((e) => e.classList.contains("is-open")))) {
    await operation.locator(".opblock-summary").click();
  }
  const tryOut = operation.getByRole("button", { name: "Try it out" });
  await expect(tryOut.or(operation.getByRole("button", { name: "Cancel" }))).toBeVisible();
  if (await tryOut.isVisible()) await tryOut.click();
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().endsWith("/api/v1/whoami")),
    operation.getByRole("button", { name: "Execute" }).click(),
  ]);
  const response = await request.response();
  return { authorization: request.headers().authorization, status: response?.status() ?? 0 };
}

/** Opens the Authorize dialog and returns the names of the schemes it shows as authorized. */
export async function authorizedSchemes(page: Page): Promise<string[]> {
  await page.locator(".auth-wrapper .authorize").click();
  const modal = page.locator(".modal-ux");
  await expect(modal).toBeVisible();
  const names = await modal
    .locator("h4")
    .evaluateAll((headings) =>
      headings
        .filter((h) => h.parentElement?.querySelector("h6")?.textContent?.includes("Authorized"))
        .map((h) => h.querySelector("code")?.textContent ?? ""),
    );
  await modal.locator(".close-modal").click();
  return names.sort();
}

/** What Swagger UI's own state holds as authorized, as JSON (read through window.ui; "{}": nothing). */
export function uiAuthorized(where: Page | Frame): Promise<string | undefined> {
  return where.evaluate(() =>
    JSON.stringify(
      (window as { ui?: { authSelectors: { authorized(): { toJS(): unknown } } } }).ui?.authSelectors
        .authorized()
        .toJS(),
    ),
  );
}

/**
 * The schemes the background recorded as applied in the newest tab showing `url`, else null; read from one
 * of our pages. The record is written once the injection has come back from every document it went to.
 */
export function recordedSchemes(extensionPage: Page, url: string): Promise<string[] | null> {
  return extensionPage.evaluate(async (url) => {
    const ids = (await chrome.tabs.query({})).filter((t) => t.url === url).map((t) => t.id ?? -1);
    const { appliedDocs } = (await chrome.storage.session.get("appliedDocs")) as {
      appliedDocs?: Record<string, { schemes: string[] }>;
    };
    return appliedDocs?.[Math.max(...ids)]?.schemes ?? null;
  }, url);
}

/**
 * The proof that the background is done with the docs tabs that loaded before, where it authorizes
 * nothing and so leaves no trace: the profile's docs, opened now in a tab of their own, authorized by
 * themselves. The background started on each earlier page's load first, and takes the same steps in the
 * same order (storage reads, answered in turn, then the probe); it decides against a page before the
 * probe, or at it when it lacks the host permission. The control tab is closed again.
 */
export async function laterDocsTabAuthorized(extensionPage: Page): Promise<void> {
  const control = await extensionPage.context().newPage();
  await control.goto(ACME_DOCS);
  await expect.poll(() => recordedSchemes(extensionPage, ACME_DOCS)).not.toBeNull();
  await control.close();
}
