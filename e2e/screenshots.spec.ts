// The README's pictures, made by the end-to-end run from the real extension against the stand-in, so that
// they show what the code does today: the capture notice on a Success page, the popup's token list and a
// token's decoded claims, and Swagger UI authorized by itself.
import { resolve } from "node:path";
import { expect, test } from "./support/fixtures";
import { ACME, ACME_DOCS, addProfile, signInFromPopup, submitSignOn } from "./support/helpers";
import { AUTHORIZE, LOCKED, tryWhoami } from "./support/swagger-helpers";

const SHOTS = resolve(import.meta.dirname, "..", "docs", "screenshots");
const shot = (name: string) => resolve(SHOTS, `${name}.png`);

test("the README's screenshots", async ({ popup, loaded, standIn }) => {
  await addProfile(popup, ACME);
  const issuedBefore = standIn.issued.length;
  for (const app of ["pingfederate", "self-service"]) {
    const tab = await signInFromPopup(popup, app);
    // The first sign-in starts a sign-on session; the second goes straight to its Success page.
    if (app === "pingfederate") await submitSignOn(tab);
    const notice = tab.getByRole("status");
    await expect(notice).toContainText("Token captured");
    if (app === "self-service") {
      // The notice alone, in its corner: not the page's own copy of the token beside it.
      await tab.setViewportSize({ width: 760, height: 420 });
      const box = await notice.boundingBox();
      if (!box) throw new Error("the capture notice has no box");
      const [x, y] = [Math.max(0, box.x - 12), Math.max(0, box.y - 12)];
      await tab.screenshot({
        path: shot("capture-confirmation"),
        clip: { x, y, width: 760 - x, height: 420 - y },
      });
    }
    await tab.close();
  }
  expect(standIn.issued.length - issuedBefore).toBe(2);

  await popup.setViewportSize({ width: 440, height: 620 });
  await popup.reload();
  await expect(popup.getByRole("article")).toHaveCount(2);
  await popup.screenshot({ path: shot("popup-tokens") });

  const card = popup.getByRole("article", { name: "self-service · dev-acme.us1" });
  await card.getByRole("button", { name: "More" }).click();
  await expect(card.getByRole("region", { name: "Claims" })).toBeVisible();
  await card.getByRole("region", { name: "Claims" }).scrollIntoViewIfNeeded();
  await popup.screenshot({ path: shot("popup-claims") });

  const docs = await loaded.context.newPage();
  await docs.setViewportSize({ width: 1000, height: 500 });
  await docs.goto(ACME_DOCS);
  await expect(docs.locator(AUTHORIZE)).toHaveClass(LOCKED);
  await docs.locator(AUTHORIZE).click();
  await expect(docs.locator(".modal-ux")).toContainText("Authorized");
  await docs.screenshot({ path: shot("swagger-authorized") });
  await docs.locator(".modal-ux .close-modal").click();
  expect(await tryWhoami(docs)).toEqual({ authorization: `Bearer ${standIn.issued.at(-1)}`, status: 200 });
});
