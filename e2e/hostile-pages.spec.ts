// The hostile world: Success-like pages on hosts that only look like a profile's, pages that replace their
// globals and record every message, event and DOM change while we capture or authorize, frames either way
// round, and overlays over the Copy Token button. Each test fails if the extension captures, authorizes or
// hands over the token where it must not.
import type { Page } from "@playwright/test";
import { DEFAULT_DOCS, type SwaggerMajor } from "./standin/docs";
import { captureSettled } from "./support/capture-settled";
import { expect, test } from "./support/fixtures";
import {
  ACME,
  ACME_DOCS,
  ACME_SELF_SERVICE,
  addProfile,
  capturesInHistory,
  captureToken,
  sessionTokens,
  signInFromPopup,
  signInInTab,
  signInToNewProfile,
  submitSignOn,
} from "./support/helpers";
import { fromSwaggerUi, installTraps, trapReport } from "./support/page-traps";
import { AUTHORIZE, LOCKED, recordedSchemes, tryWhoami, uiAuthorized } from "./support/swagger-helpers";

/** Our confirmations (each an element holding a shadow root) in the page's top document. */
const confirmations = (page: Page) => page.locator("p1as-token-capture");

/**
 * Waits for the page's next painted frame: the browser routes a click to a frame by what it last painted,
 * so a click right after a restyle may still go where the frame was.
 */
const painted = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** A hostile page's element over a box, above everything, a little larger than the box. */
function cover(
  tab: Page,
  at: { x: number; y: number; width: number; height: number },
  make: { tag: "iframe" | "div"; props: Record<string, string>; style: Record<string, string> },
): Promise<void> {
  return tab.evaluate(
    ({ at, tag, props, style }) => {
      const element = Object.assign(document.createElement(tag), props);
      Object.assign(element.style, {
        position: "fixed",
        left: `${at.x - 20}px`,
        top: `${at.y - 20}px`,
        width: `${at.width + 40}px`,
        height: `${at.height + 40}px`,
        zIndex: "2147483647",
        ...style,
      });
      document.body.append(element);
    },
    { at, ...make },
  );
}

test("Success-like pages on look-alike, foreign or another profile's hosts are never captured, even in the sign-in tab", async ({
  popup,
  worker,
  standIn,
}) => {
  await addProfile(popup, ACME);
  // The tab the popup opened for the sign-in, still on the sign-on form: a Success page is expected in it.
  const tab = await signInFromPopup(popup, "pingfederate");
  for (const host of [
    "self-service-api.dev-acme.us1.ping.cloud.evil.io",
    "self-service-api.dev-acme.us1.ping.cloud-evil.io",
    "dev-acme.us1.ping.cloud.evil.io",
    "self-service-api.xdev-acme.us1.ping.cloud",
    "jwt.example.test",
  ]) {
    // The token in the page at load, then the Copy Token fallback (a token that only the copy reveals).
    // Our script is on the ping.cloud hosts only; where it is, it has settled before each check.
    await tab.goto(`https://${host}/page?shape=textarea`);
    await captureSettled(tab);
    await expect(confirmations(tab), host).toHaveCount(0);
    await tab.goto(`https://${host}/page?shape=copy-only`);
    await tab.getByRole("button", { name: "Copy Token" }).click();
    await captureSettled(tab);
    await expect(confirmations(tab), host).toHaveCount(0);
    expect(await sessionTokens(worker), host).toEqual([]);
  }
  await expect(popup.getByText("Waiting for the pingfederate sign-in")).toBeVisible();

  // Not even a page of the profile's own host: it is not where this sign-in's callback leads.
  await tab.goto(`https://${ACME_SELF_SERVICE}/page?shape=textarea`);
  // The sign-in itself, completed in the same tab, is captured: only where the page came from differed.
  await signInInTab(tab, "pingfederate");
  await expect(tab.getByRole("status")).toContainText("Token captured · pingfederate · dev-acme.us1");
  expect((await sessionTokens(worker)).map((t) => t.raw)).toEqual([standIn.issued.at(-1)]);
  expect(await capturesInHistory(worker)).toBe(1);
});

// The docs page replaces the globals that code in its world may call (page-traps.ts) before any script
// runs. What is allowed: the token goes to Swagger UI, through window.ui.preauthorizeApiKey or, without
// window.ui, into the Authorize dialog's input (its native value setter and an input event); whatever
// Swagger UI's own code then does with it (its state, the curl line it renders, the request "Try it out"
// sends through window.fetch) is Swagger UI's. Nothing else in the page's world ever holds the token, so a
// trapped call that carries it and comes from anywhere but Swagger UI's bundle comes from our injection.
// Not trapped: Function.prototype.call, through which the dialog way calls the input's native value
// setter; no code in the page's world can set a value without some function the page may replace, and
// the value lands in that page's own input the same moment.
for (const major of [3, 4, 5] as SwaggerMajor[]) {
  test(`Swagger UI ${major} under a page's traps: the token reaches only Swagger UI, never a message, event or element of ours`, async ({
    standIn,
    capture,
    newTab,
  }) => {
    const token = await capture("self-service");
    const docs = await newTab({ traps: true });
    for (const windowUi of [true, false]) {
      const variant = `Swagger UI ${major} ${windowUi ? "with" : "without"} window.ui`;
      standIn.docs = { ...DEFAULT_DOCS, major, windowUi, spec: "both" };
      await docs.goto(ACME_DOCS);
      await expect(docs.locator(AUTHORIZE)).toHaveClass(LOCKED);
      await expect(docs.locator(".modal-ux")).toBeHidden();

      const injected = await trapReport(docs);
      // Our injection ran under the traps: it built its MutationObservers from the page's.
      expect(injected.calls.MutationObserver, `${variant}: the traps were set first`).toBeGreaterThan(0);
      expect(
        injected.sightings.filter((s) => !fromSwaggerUi(s)),
        `${variant}: handed to a trap`,
      ).toEqual([]);
      expect(injected.events, `${variant}: in an event or a message`).toEqual([]);
      expect(injected.shadowRoots, `${variant}: a shadow root added`).toEqual([]);
      // The dialog way fills the dialog's input: that is the only place the token may show, and only
      // while the dialog is open.
      expect(
        injected.mutations.filter((p) => p.zone !== "auth-dialog"),
        `${variant}: in the DOM outside the Authorize dialog`,
      ).toEqual([]);
      expect(injected.dom, `${variant}: in the DOM once authorized`).toEqual([]);

      expect(await tryWhoami(docs), variant).toEqual({ authorization: `Bearer ${token}`, status: 200 });
      const tried = await trapReport(docs);
      expect(
        tried.sightings.filter((s) => !fromSwaggerUi(s)),
        `${variant}: handed to a trap`,
      ).toEqual([]);
      expect(tried.events, `${variant}: in an event or a message`).toEqual([]);
      expect(
        tried.mutations.filter((p) => p.zone !== "auth-dialog" && p.zone !== "swagger-ui"),
        `${variant}: in the DOM outside Swagger UI`,
      ).toEqual([]);
      // The traps do see the token where it passes: Swagger UI's request, through the trapped fetch.
      expect(
        tried.sightings.some((s) => s.trap === "fetch" && s.jwt === token && fromSwaggerUi(s)),
        `${variant}: the traps saw Swagger UI's own request`,
      ).toBe(true);
    }
  });
}

test("capture on a Success page that records every message, event and DOM change: the token stays in the page's own field", async ({
  popup,
  worker,
  standIn,
}) => {
  await addProfile(popup, ACME);
  // The recorder tells the token's field apart from the rest of the page (page-traps.ts).
  standIn.successShape = "textarea";
  const tab = await signInFromPopup(popup, "pingfederate");
  await tab.addInitScript(installTraps);
  await submitSignOn(tab);
  await expect(tab.getByRole("status")).toContainText("Token captured · pingfederate · dev-acme.us1");
  const token = standIn.issued.at(-1) ?? "";
  expect((await sessionTokens(worker)).map((t) => t.raw)).toEqual([token]);

  const report = await trapReport(tab);
  // The recorder saw the page's own token arrive with the page: it would see one that we added.
  expect(report.mutations.map((p) => [p.zone, p.jwt])).toContainEqual(["success-field", token]);
  expect(report.mutations.filter((p) => p.zone !== "success-field")).toEqual([]);
  expect(report.dom.filter((p) => p.zone !== "success-field")).toEqual([]);
  expect(report.events).toEqual([]);
  expect(report.sightings).toEqual([]);
  // Our one addition: the confirmation, in an open shadow root, with the application, profile and expiry.
  expect(report.shadowRoots).toHaveLength(1);
  expect(report.shadowRoots[0]?.host).toBe("p1as-token-capture");
  expect(report.shadowRoots[0]?.html).toMatch(/Token captured · pingfederate · dev-acme\.us1 · expires in/);
  expect(report.shadowRoots[0]?.html).not.toContain(token.split(".")[2]);
});

test("an allowed docs page gives nothing to a page it frames, foreign or on another ping.cloud host", async ({
  popup,
  standIn,
  open,
}) => {
  await captureToken(popup, "self-service");
  // A foreign origin, and a host our permissions reach (*.ping.cloud) that is no profile's. Each framed
  // page is Swagger UI too, with window.ui: authorizing every frame would authorize it.
  for (const framed of ["https://evil.example", "https://self-service-api.xdev-acme.us1.ping.cloud"]) {
    standIn.docs = { ...DEFAULT_DOCS, frame: `${framed}/docs` };
    // A tab of its own for each, so that the background's record below is this page's.
    const docs = await open(ACME_DOCS, { traps: true });
    await expect(docs.locator(AUTHORIZE)).toHaveClass(LOCKED);
    await expect(docs.frameLocator("iframe").locator(".opblock-summary").first()).toBeVisible();
    // Recorded once the injection came back from every document it went to: had it gone to the frame
    // too, the frame would have it by now.
    await expect.poll(() => recordedSchemes(popup, docs.url())).toEqual(["bearerAuth"]);

    const frame = docs.frames().find((f) => f.url().startsWith(`${framed}/`));
    if (!frame) throw new Error(`the framed page ${framed} is missing`);
    const report = await trapReport(frame);
    expect(report.calls["Symbol.for"], `${framed}: the frame's traps were set`).toBeGreaterThan(0);
    // Swagger UI builds no MutationObserver; our token-free probe would have built one.
    expect(report.calls.MutationObserver, `${framed}: something of ours ran in the frame`).toBeUndefined();
    expect([report.sightings, report.events, report.mutations, report.dom], framed).toEqual([[], [], [], []]);
    expect(await uiAuthorized(frame), framed).toBe("{}");
  }
});

test("a Success page in a frame of the sign-in tab is not captured, whoever frames it", async ({
  popup,
  worker,
  standIn,
}) => {
  const tab = await signInToNewProfile(popup, "pingfederate");
  const success = `https://${ACME_SELF_SERVICE}/page?shape=textarea`;
  for (const framer of ["https://evil.example", `https://${ACME_SELF_SERVICE}`]) {
    await tab.goto(`${framer}/frame?src=${encodeURIComponent(success)}`);
    const framed = tab.frameLocator("iframe");
    await expect(framed.getByRole("heading", { name: "Success" })).toBeVisible();
    // Our script runs in top documents only: the top one's has settled. The history's count at the end
    // covers the framed page too.
    await captureSettled(tab);
    await expect(confirmations(tab), framer).toHaveCount(0);
    await expect(framed.locator("p1as-token-capture"), framer).toHaveCount(0);
    expect(await sessionTokens(worker), framer).toEqual([]);
  }
  // The sign-in itself, completed top-level in the same tab, is captured.
  await signInInTab(tab, "pingfederate");
  await expect(tab.getByRole("status")).toContainText("Token captured");
  expect((await sessionTokens(worker)).map((t) => t.raw)).toEqual([standIn.issued.at(-1)]);
  expect(await capturesInHistory(worker)).toBe(1);
});

// What the Copy Token fallback does: on the profile's self-service host, in a tab where a sign-in was seen,
// and in the top frame only, our script listens to the page's own `copy` events (it reads the selection
// and the focused field) and to clicks on the page's own buttons or links whose text says "copy" (it
// reads the page's DOM once more). It never reads the clipboard, and the background takes the token only
// from that page of that tab. A click that lands in another document (a frame, whatever its origin) is
// not seen at all.
test("clickjacking: a click on a foreign origin's invisible frame or element never captures", async ({
  popup,
  worker,
  standIn,
}) => {
  const tab = await signInToNewProfile(popup, "opensearch");
  await tab.addInitScript(installTraps);

  // A foreign page in the sign-in tab frames the profile's Success page, invisible, above its own bait.
  const success = `https://${ACME_SELF_SERVICE}/page?shape=copy-only`;
  await tab.goto(`https://evil.example/frame?src=${encodeURIComponent(success)}`);
  const framedCopy = tab.frameLocator("iframe").getByRole("button", { name: "Copy Token" });
  await expect(framedCopy).toBeVisible();
  await tab.evaluate(() => {
    const frame = document.querySelector("iframe");
    if (frame)
      Object.assign(frame.style, { position: "absolute", left: "0", top: "0", opacity: "0", zIndex: "1" });
  });
  const target = await framedCopy.boundingBox();
  if (!target) throw new Error("the framed Copy Token button has no box");
  await tab.evaluate((box) => {
    const bait = Object.assign(document.createElement("button"), { textContent: "Claim your prize" });
    Object.assign(bait.style, {
      position: "absolute",
      left: `${box.x}px`,
      top: `${box.y}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
    document.body.append(bait);
  }, target);
  await painted(tab);
  await tab.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
  const frame = tab.frames().find((f) => f.url() === success);
  if (!frame) throw new Error("the framed Success page is missing");
  // The click did land on the framed Copy Token: the Success page copied its token.
  await expect.poll(async () => (await trapReport(frame)).eventCounts.copy ?? 0).toBe(1);
  // No script of ours in either document (the top one is foreign, frames get none): the history's count
  // at the end proves that nothing was stored in between.
  await captureSettled(tab);
  expect(await sessionTokens(worker)).toEqual([]);
  await expect(confirmations(tab)).toHaveCount(0);

  // The profile's Success page, top-level, with a foreign origin's invisible frame over its Copy Token.
  standIn.successShape = "copy-only";
  await signInInTab(tab, "opensearch");
  const copy = tab.getByRole("button", { name: "Copy Token" });
  const box = await copy.boundingBox();
  if (!box) throw new Error("the Copy Token button has no box");
  await cover(tab, box, {
    tag: "iframe",
    props: { title: "overlay", src: "https://evil.example/blank" },
    style: { border: "0", opacity: "0" },
  });
  await expect(tab.frameLocator("iframe[title=overlay]").getByText("Blank page.")).toBeAttached();
  const overlay = tab.frames().find((f) => f.url() === "https://evil.example/blank");
  if (!overlay) throw new Error("the overlay is missing");
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await painted(tab);
  await tab.mouse.click(x, y);
  // The click landed in the foreign document, where our script never is.
  await expect.poll(async () => (await trapReport(overlay)).eventCounts.click ?? 0).toBe(1);
  expect(await captureSettled(tab)).toBe(true);
  expect(await sessionTokens(worker)).toEqual([]);
  await expect(confirmations(tab)).toHaveCount(0);

  // Without the foreign frame, an element over the button with pointer-events: none lets the click
  // through: the user's own click on the page's Copy Token, which the fallback is for.
  await tab.evaluate(() =>
    document.querySelector<HTMLIFrameElement>("iframe[title=overlay]")?.style.setProperty("display", "none"),
  );
  await cover(tab, box, {
    tag: "div",
    props: { textContent: "Claim your prize" },
    style: { background: "white", pointerEvents: "none" },
  });
  await painted(tab);
  await tab.mouse.click(x, y);
  await expect(tab.getByRole("status")).toContainText("Token captured · opensearch · dev-acme.us1");
  expect((await sessionTokens(worker)).map((t) => t.raw)).toEqual([standIn.issued.at(-1)]);
  expect(await capturesInHistory(worker)).toBe(1);
});
