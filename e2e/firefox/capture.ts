// A sign-in in Firefox, as a user does it: a profile in the popup, Sign in, the sign-on form, and the
// Success page's capture notice.
import type { Page } from "puppeteer-core";
import { ACME } from "../support/helpers";
import { byName, click, fill, waitFor } from "./controls";
import { expect } from "./fixtures";
import type { LaunchedFirefox } from "./launch";

export async function addProfile(popup: Page): Promise<void> {
  await fill(popup, byName("textbox", "Environment"), ACME.environment);
  await fill(popup, byName("textbox", "Customer"), ACME.customer);
  await fill(popup, byName("textbox", "Region"), ACME.region);
  await click(popup, byName("button", "Save profile"));
  await waitFor(popup, byName("button", "Sign in"));
}

/** Signs in to self-service from the popup and waits for the Success page's capture notice. */
export async function captureToken(popup: Page, firefox: LaunchedFirefox): Promise<void> {
  await addProfile(popup);
  await fill(popup, byName("combobox", "Application"), "self-service");
  const signOn = firefox.browser.waitForTarget((t) => t.url().includes("pingfederate."));
  await click(popup, byName("button", "Sign in"));
  const tab = await (await signOn).asPage();
  await fill(tab, byName("textbox", "Username"), "ann@acme.example");
  await fill(tab, "input[name=password]", "correct horse");
  await click(tab, byName("button", "Submit"));
  // Polled, not waitForFunction: an evaluation that lands while the redirect replaces the document fails.
  await expect.poll(() => tab.evaluate(() => document.title).catch(() => "")).toBe("Success");
  await expect
    .poll(() =>
      tab.evaluate(() => document.querySelector("p1as-token-capture")?.shadowRoot?.textContent ?? ""),
    )
    .toContain("Token captured");
}
