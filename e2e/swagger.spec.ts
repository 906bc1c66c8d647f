import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ACME, ACME_SELF_SERVICE, addProfile, signInFromPopup, submitSignOn } from "./helpers";
import type { SpecKind, SwaggerMajor } from "./standin/docs";
import { authorizedSchemes, tryWhoami } from "./swagger-helpers";

const BEARER_SCHEMES: Record<SpecKind, string[]> = {
  "oas3-bearer": ["bearerAuth"],
  "swagger2-apikey": ["Authorization"],
  both: ["apiKeyAuth", "bearerAuth"],
};

async function captureSelfService(popup: Page): Promise<void> {
  await addProfile(popup, ACME);
  const tab = await signInFromPopup(popup, "self-service");
  await submitSignOn(tab);
  await expect(tab.getByRole("status")).toContainText("Token captured");
}

for (const major of [3, 4, 5] as SwaggerMajor[]) {
  for (const windowUi of [true, false]) {
    test(`Swagger UI ${major} ${windowUi ? "with" : "without"} window.ui is authorized by itself`, async ({
      popup,
      loaded,
      standIn,
    }) => {
      await captureSelfService(popup);
      const token = standIn.issued.at(-1);
      const docs = await loaded.context.newPage();
      for (const spec of ["oas3-bearer", "swagger2-apikey", "both"] as SpecKind[]) {
        standIn.docs = { major, spec, windowUi, specDelayMs: 0, withSelector: false };
        await docs.goto(`https://${ACME_SELF_SERVICE}/docs`);
        await expect(docs.locator(".auth-wrapper .authorize")).toHaveClass(/(^|\s)locked(\s|$)/);
        await expect(docs.locator(".modal-ux")).toBeHidden();
        expect(await tryWhoami(docs), spec).toEqual({ authorization: `Bearer ${token}`, status: 200 });
        expect(await authorizedSchemes(docs), spec).toEqual(BEARER_SCHEMES[spec]);
      }
    });
  }
}
