// Steps on a Swagger UI page, the same in every major version.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Try it out → Execute on GET /whoami; returns the Authorization header sent and the status received. */
export async function tryWhoami(page: Page): Promise<{ authorization: string | undefined; status: number }> {
  await page.locator(".opblock-summary", { hasText: "/whoami" }).first().click();
  await page.getByRole("button", { name: "Try it out" }).click();
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().endsWith("/api/v1/whoami")),
    page.getByRole("button", { name: "Execute" }).click(),
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
