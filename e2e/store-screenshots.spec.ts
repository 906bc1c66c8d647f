// The stores' screenshots, 1280×800 as the Chrome Web Store asks (addons.mozilla.org takes the same), made
// like the README's from the real extension against the stand-in: each picture at its real size, centred
// on a plain canvas under a one-line caption, composed by rendering a page and screenshotting that.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { ACME, ACME_SELF_SERVICE, addProfile, signInFromPopup, submitSignOn } from "./support/helpers";

const STORE = { width: 1280, height: 800 };
const SHOTS = resolve(import.meta.dirname, "..", "docs", "store", "screenshots");

/** Width and height from a PNG's IHDR chunk, which the format puts first, right after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error("not a PNG");
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Writes docs/store/screenshots/<name>.png: `picture` centred under `caption`, at the store's size. */
async function storeShot(context: BrowserContext, name: string, caption: string, picture: Buffer) {
  const page = await context.newPage();
  await page.setViewportSize(STORE);
  // One system font and no animation, so that the same picture gives the same bytes.
  await page.setContent(`<!doctype html>
    <html><body style="margin:0;height:100vh;display:flex;flex-direction:column;align-items:center;
      justify-content:center;gap:28px;background:#eef1f5;font:600 26px sans-serif;color:#1d2330">
      <h1 style="font:inherit;margin:0"></h1>
      <img alt="" style="display:block;box-shadow:0 6px 24px rgb(0 0 0 / 18%);border-radius:6px"
        src="data:image/png;base64,${picture.toString("base64")}">
    </body></html>`);
  await page.locator("h1").evaluate((h1, text) => {
    h1.textContent = text;
  }, caption);
  await expect(page.locator("img")).toHaveJSProperty("complete", true);
  const path = resolve(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  await page.close();
  expect(pngSize(readFileSync(path)), name).toEqual(STORE);
}

test("the stores' screenshots, 1280×800", async ({ popup, loaded, standIn, extensionId }) => {
  const { context } = loaded;
  await addProfile(popup, ACME);
  // The stand-in serves every test of this worker: count only what this test has it issue.
  const issuedBefore = standIn.issued.length;

  // A first sign-in through the sign-on form, then one that its sign-on session completes at once.
  const pingfederate = await signInFromPopup(popup, "pingfederate");
  await submitSignOn(pingfederate);
  await expect(pingfederate.getByRole("status")).toContainText("Token captured");
  await pingfederate.close();
  const tab = await signInFromPopup(popup, "self-service");
  const notice = tab.getByRole("status");
  await expect(notice).toContainText("Token captured");
  // The whole Success page with its notice; the page's own copy of the token, new every run, is masked.
  await tab.setViewportSize({ width: 900, height: 460 });
  // The token breaks into a different number of lines each run (at its dots and dashes) and overflows its
  // element: kept on one clipped line, the mask covers it all and has the same size every run.
  const noticeShot = await tab.screenshot({
    mask: [tab.locator("#id-token")],
    maskColor: "#c9ced6",
    style: "#id-token { overflow: hidden; white-space: nowrap }",
  });
  await tab.close();
  expect(standIn.issued.length - issuedBefore).toBe(2);

  // The popup at the size the toolbar gives it.
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.reload();
  await expect(popup.getByRole("article")).toHaveCount(2);
  const popupShot = await popup.screenshot();

  const docs = await context.newPage();
  await docs.setViewportSize({ width: 1120, height: 640 });
  await docs.goto(`https://${ACME_SELF_SERVICE}/docs`);
  await expect(docs.locator(".auth-wrapper .authorize")).toHaveClass(/(^|\s)locked(\s|$)/);
  await docs.locator(".auth-wrapper .authorize").click();
  await expect(docs.locator(".modal-ux")).toContainText("Authorized");
  const docsShot = await docs.screenshot();
  await docs.close();

  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 640 });
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByText("dev-acme.us1").first()).toBeVisible();
  const optionsShot = await options.screenshot();
  await options.close();

  await storeShot(
    context,
    "1-popup-tokens",
    "Every token: application, environment, time left, copy buttons",
    popupShot,
  );
  await storeShot(
    context,
    "2-capture-notice",
    "Captured by itself on the Success page of your own sign-in",
    noticeShot,
  );
  await storeShot(
    context,
    "3-swagger-authorized",
    "Swagger UI on the admin API docs, authorized with the right token",
    docsShot,
  );
  await storeShot(context, "4-options", "Profiles, settings and added docs origins", optionsShot);
});
