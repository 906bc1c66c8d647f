import type { Page } from "@playwright/test";
import type { StandIn } from "./standin/server";
import { SUCCESS_SHAPES, type SuccessShape } from "./standin/success-pages";
import { captureSettled } from "./support/capture-settled";
import { expect, test } from "./support/fixtures";
import {
  ACME,
  acmeLogin,
  addProfile,
  localStorageText,
  sessionTokens,
  signInFromPopup,
  signInToNewProfile,
  submitSignOn,
} from "./support/helpers";

/** The text of everything our content script added to the page (it adds one element, in a shadow root). */
async function addedByUs(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll("p1as-token-capture")]
      .map((host) => host.shadowRoot?.innerHTML ?? "")
      .join(""),
  );
}

async function expectCaptured(
  page: Page,
  worker: Parameters<typeof sessionTokens>[0],
  token: string,
  app: string,
) {
  // The bound: the exact token in storage.session within 2 s of the Success page.
  await expect
    .poll(async () => (await sessionTokens(worker)).map((t) => [t.raw, t.app]), { timeout: 2000 })
    .toEqual([[token, app]]);
  await expect(page.getByRole("status")).toHaveText(
    /^Token captured · .+ · dev-acme\.us1 · expires in (59|60) min/,
  );
  expect(await addedByUs(page)).not.toContain(token);
  expect(await localStorageText(worker)).not.toContain(token);
}

/** A pingfederate sign-in to a new profile, whose Success page will show the token as `shape`. */
function signInShowing(popup: Page, standIn: StandIn, shape: SuccessShape): Promise<Page> {
  standIn.successShape = shape;
  return signInToNewProfile(popup, "pingfederate");
}

for (const shape of SUCCESS_SHAPES) {
  test(`captures the token from a Success page showing it as ${shape}, with no click`, async ({
    popup,
    worker,
    standIn,
  }) => {
    const tab = await signInShowing(popup, standIn, shape);
    await expect(popup.getByRole("status").filter({ hasText: "Waiting" })).toHaveText(
      "Waiting for the pingfederate sign-in to dev-acme.us1: finish signing in in the tab that opened.",
    );
    await submitSignOn(tab);
    await expectCaptured(tab, worker, standIn.issued.at(-1) ?? "", "pingfederate");
    await expect(popup.getByText("Waiting for the pingfederate sign-in")).toBeHidden();
  });
}

for (const path of ["/api/v1/auth/login/argocd", "/api/v1/login/argocd"]) {
  test(`captures when the login URL ${path} is opened by hand`, async ({
    worker,
    standIn,
    openOnNewProfile,
  }) => {
    const tab = await openOnNewProfile(path);
    await submitSignOn(tab);
    await expectCaptured(tab, worker, standIn.issued.at(-1) ?? "", "argocd");
  });
}

test("the Copy Token click is the last resort for a page that keeps the token out of the DOM", async ({
  popup,
  worker,
  standIn,
}) => {
  standIn.successShape = "copy-only";
  const tab = await signInToNewProfile(popup, "opensearch");
  await submitSignOn(tab);
  expect(await captureSettled(tab)).toBe(true);
  expect(await sessionTokens(worker)).toEqual([]);
  await tab.getByRole("button", { name: "Copy Token" }).click();
  await expectCaptured(tab, worker, standIn.issued.at(-1) ?? "", "opensearch");
});

test("a newer capture replaces the older one of the same profile and application", async ({
  popup,
  worker,
  standIn,
}) => {
  await submitSignOn(await signInToNewProfile(popup, "pingaccess"));
  await expect.poll(async () => (await sessionTokens(worker)).length).toBe(1);
  const first = standIn.issued.at(-1);
  // The sign-on session is live now: the login URL leads straight to the Success page.
  await signInFromPopup(popup, "pingaccess");
  await expect
    .poll(async () => (await sessionTokens(worker)).map((t) => t.raw))
    .toEqual([standIn.issued.at(-1)]);
  expect(standIn.issued.at(-1)).not.toBe(first);
  await signInFromPopup(popup, "self-service");
  await expect
    .poll(async () => (await sessionTokens(worker)).map((t) => t.app).sort())
    .toEqual(["pingaccess", "self-service"]);
});

test("closing the sign-in tab ends the wait", async ({ popup }) => {
  const tab = await signInToNewProfile(popup, "self-service");
  await expect(popup.getByText("Waiting for the self-service sign-in")).toBeVisible();
  await tab.close();
  await expect(popup.getByText("Waiting for the self-service sign-in")).toBeHidden();
});

for (const shape of ["malformed", "huge"] as const) {
  test(`a ${shape} token on a Success page is ignored: nothing stored, nothing thrown`, async ({
    popup,
    worker,
    standIn,
  }) => {
    const tab = await signInShowing(popup, standIn, shape);
    await submitSignOn(tab);
    await tab.getByRole("button", { name: "Copy Token" }).click();
    expect(await captureSettled(tab)).toBe(true);
    expect(await sessionTokens(worker)).toEqual([]);
    expect(await addedByUs(tab)).toBe("");
  });
}

for (const [where, host] of [
  ["a look-alike host", "self-service-api.dev-acme.us1.ping.cloud.evil.io"],
  ["a foreign origin", "jwt.example.test"],
  ["a P1AS host that is no profile of ours", "self-service-api.prod-other.us1.ping.cloud"],
  ["another host of the profile's domain", "pingfederate.dev-acme.us1.ping.cloud"],
]) {
  test(`a JWT on ${where} is not captured`, async ({ popup, loaded, worker }) => {
    await addProfile(popup, ACME);
    const tab = await loaded.context.newPage();
    // A login URL seen in the tab first, so that only the origin check can refuse the capture.
    await tab.goto(acmeLogin("pingfederate"));
    await tab.goto(`https://${host}/page?shape=textarea`);
    // Our script is not on every one of these hosts: where it is not, nothing can report the token.
    await captureSettled(tab);
    expect(await sessionTokens(worker)).toEqual([]);
  });
}

test("a Success page of a profile's host without a sign-in seen in the tab is left alone", async ({
  worker,
  openOnNewProfile,
}) => {
  const tab = await openOnNewProfile("/page?shape=textarea");
  expect(await captureSettled(tab)).toBe(true);
  expect(await sessionTokens(worker)).toEqual([]);
  expect(await addedByUs(tab)).toBe("");
});
