import { DEFAULT_DOCS, type SpecKind, type SwaggerMajor } from "./standin/docs";
import { expect, test } from "./support/fixtures";
import { ACME_DOCS, ACME_SELF_SERVICE, addProfile, captureToken, signInFromPopup } from "./support/helpers";
import { installTraps, ourAuthorizationRuns, trapReport } from "./support/page-traps";
import {
  AUTHORIZE,
  authorizedSchemes,
  LOCKED,
  laterDocsTabAuthorized,
  tryWhoami,
  uiAuthorized,
} from "./support/swagger-helpers";

const BEARER_SCHEMES: Record<SpecKind, string[]> = {
  "oas3-bearer": ["bearerAuth"],
  "swagger2-apikey": ["Authorization"],
  both: ["apiKeyAuth", "bearerAuth"],
};

for (const major of [3, 4, 5] as SwaggerMajor[]) {
  for (const windowUi of [true, false]) {
    test(`Swagger UI ${major} ${windowUi ? "with" : "without"} window.ui is authorized by itself`, async ({
      standIn,
      capture,
      newTab,
    }) => {
      const token = await capture("self-service");
      const docs = await newTab();
      for (const spec of ["oas3-bearer", "swagger2-apikey", "both"] as SpecKind[]) {
        standIn.docs = { major, spec, windowUi, specDelayMs: 0, withSelector: false };
        await docs.goto(ACME_DOCS);
        await expect(docs.locator(AUTHORIZE)).toHaveClass(LOCKED);
        await expect(docs.locator(".modal-ux")).toBeHidden();
        expect(await tryWhoami(docs), spec).toEqual({ authorization: `Bearer ${token}`, status: 200 });
        expect(await authorizedSchemes(docs), spec).toEqual(BEARER_SCHEMES[spec]);
      }
    });
  }
}

test("a spec that loads late, and a spec swapped with the selector, are authorized too", async ({
  standIn,
  open,
  capture,
}) => {
  const token = await capture("self-service");
  standIn.docs = { major: 5, spec: "oas3-bearer", windowUi: true, specDelayMs: 1500, withSelector: true };
  const docs = await open(ACME_DOCS);
  expect(await tryWhoami(docs)).toEqual({ authorization: `Bearer ${token}`, status: 200 });
  await docs.locator(".topbar select").selectOption({ label: "Other API" });
  await expect(docs.locator(".info .title")).toContainText("Other API");
  expect(await tryWhoami(docs)).toEqual({ authorization: `Bearer ${token}`, status: 200 });
  expect(await authorizedSchemes(docs)).toEqual(["jwt"]);
});

test("nothing is injected into another profile's docs, a foreign origin, or a docs page framed by another origin", async ({
  popup,
  loaded,
  standIn,
}) => {
  await captureToken(popup, "self-service");
  await popup.getByText("Profiles (1)").click();
  await popup.getByRole("button", { name: "Add profile" }).click();
  await addProfile(popup, { environment: "prod", customer: "acme", region: "us1" });
  const docs = await loaded.context.newPage();
  for (const url of [
    "https://self-service-api.prod-acme.us1.ping.cloud/docs",
    "https://evil.example/docs",
    "https://self-service-api.dev-acme.us1.ping.cloud.evil.io/docs",
  ]) {
    await docs.goto(url);
    expect(await tryWhoami(docs), url).toEqual({ authorization: undefined, status: 401 });
  }
  // Framed by a foreign page, the docs get nothing, whichever way they would be authorized; the framed
  // page's traps (page-traps.ts) would see the token go by, or our probe run.
  await docs.addInitScript(installTraps);
  for (const windowUi of [true, false]) {
    standIn.docs = { ...DEFAULT_DOCS, windowUi };
    await docs.goto(`https://evil.example/frame?src=https://${ACME_SELF_SERVICE}/docs`);
    const framed = docs.frameLocator("iframe");
    await expect(framed.locator(".opblock-summary").first()).toBeVisible();
    await laterDocsTabAuthorized(popup);
    const frame = docs.frames()[1];
    if (!frame) throw new Error("the framed docs are missing");
    const report = await trapReport(frame);
    expect(report.calls["Symbol.for"], "the framed page's traps were set").toBeGreaterThan(0);
    expect(report.calls.MutationObserver, "our probe ran in the frame").toBeUndefined();
    expect([report.sightings, report.events, report.mutations, report.dom]).toEqual([[], [], [], []]);
    await expect(framed.locator(AUTHORIZE)).not.toHaveClass(LOCKED);
    if (windowUi) expect(await uiAuthorized(frame)).toBe("{}");
  }
  expect(standIn.apiCalls.filter((call) => call.status === 200)).toEqual([]);
});

test("an expired token is never injected; a fresh capture re-authorizes an open docs tab without a reload", async ({
  popup,
  standIn,
  open,
  captureExpired,
}) => {
  await captureExpired("self-service");
  const docs = await open(ACME_DOCS, { traps: true });
  await docs.locator(".opblock-summary").first().waitFor();
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });

  standIn.tokenLifetimeSeconds = 3600;
  await popup.bringToFront();
  await signInFromPopup(popup, "self-service"); // the sign-on session is live: straight to the Success page
  await expect.poll(() => standIn.issued.length).toBeGreaterThan(1);
  const fresh = standIn.issued.at(-1);
  await docs.bringToFront();
  await expect.poll(() => authorizedSchemes(docs)).toEqual(["bearerAuth"]);
  // The fresh token's one run: the background's look at the page with the expired token began at its
  // load, long before, and goes the same way (storage, then scripts into the same document, each answered
  // in turn), so a run of its own would have come first.
  expect(await ourAuthorizationRuns(docs)).toBe(1);
  await docs.getByRole("button", { name: "Execute" }).click();
  await expect
    .poll(() => standIn.apiCalls.at(-1))
    .toEqual({
      host: ACME_SELF_SERVICE,
      authorization: `Bearer ${fresh}`,
      status: 200,
    });
});

test("a Logout in the Authorize dialog is respected until the next capture", async ({
  popup,
  standIn,
  open,
}) => {
  await captureToken(popup, "self-service");
  standIn.docs = { major: 5, spec: "oas3-bearer", windowUi: true, specDelayMs: 0, withSelector: true };
  const docs = await open(ACME_DOCS);
  await expect(docs.locator(AUTHORIZE)).toHaveClass(LOCKED);
  await docs.locator(AUTHORIZE).click();
  await docs.locator(".modal-ux button", { hasText: "Logout" }).click();
  await docs.locator(".modal-ux .close-modal").click();
  await docs.locator(".topbar select").selectOption({ label: "Other API" });
  await expect(docs.locator(".info .title")).toContainText("Other API");
  await docs.locator(".topbar select").selectOption({ label: "Platform API" });
  // Our script in the page looks again at every change of the page, in the same turn of its event loop
  // (src/page/swagger.ts): once the spec is back on screen, it has decided.
  await expect(docs.locator(".info .title")).toContainText("P1AS Platform API");
  expect(await tryWhoami(docs)).toEqual({ authorization: undefined, status: 401 });

  await popup.bringToFront();
  await signInFromPopup(popup, "self-service");
  await docs.bringToFront();
  await expect.poll(() => authorizedSchemes(docs)).toEqual(["bearerAuth"]);
});
