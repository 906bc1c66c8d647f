// Issue "Trust the real P1AS": a capture belongs to the tab's own sign-in and nothing else; the real
// Success page, the bare login URL, the docs page's Get Token, P1AS's refusal, and Paste token.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import {
  ACME,
  ACME_DOCS,
  ACME_SELF_SERVICE,
  addProfile,
  sessionTokens,
  signInFromPopup,
  signInToNewProfile,
  submitSignOn,
} from "./support/helpers";

const loginUrl = (app: string) => `https://${ACME_SELF_SERVICE}/api/v1/auth/login/${app}`;

/**
 * A foreign site's page, and the window it opens on the login URL of `app` (which it can then send
 * anywhere). Each attack below uses an application of its own, so that no later capture hides an earlier.
 */
async function foreignOpener(page: Page, app: string): Promise<Page> {
  await page.goto("https://attacker.example.test/blank");
  const [opened] = await Promise.all([
    page.context().waitForEvent("page"),
    page.evaluate((url) => {
      (window as unknown as { opened: Window | null }).opened = window.open(url);
    }, loginUrl(app)),
  ]);
  await expect(opened.getByRole("heading", { name: "Sign On" })).toBeVisible();
  return opened;
}

/** The foreign site sends the window it opened to `url`, and waits for that page to load. */
async function sendOpened(opener: Page, opened: Page, url: string): Promise<void> {
  await Promise.all([
    opened.waitForURL(url),
    opener.evaluate((to) => {
      const w = (window as unknown as { opened: Window }).opened;
      w.location.href = to;
    }, url),
  ]);
  await opened.waitForLoadState("load");
}

/** A sign-in of the user's own, completed in a tab the popup opens: the background is past earlier pages. */
async function ownSignIn(popup: Page, app: string): Promise<void> {
  const tab = await signInFromPopup(popup, app);
  await submitSignOn(tab);
  await expect(tab.getByRole("status")).toContainText("Token captured");
}

test("a foreign site that opened the login URL cannot plant a token: not by FastAPI's 422 echo, not by another sign-in's callback", async ({
  popup,
  loaded,
  worker,
  standIn,
  capture,
}) => {
  const users = await capture("self-service");
  // No live sign-on session: the window the attacker opens stays on the sign-on form.
  standIn.endSignOnSessions();
  const attacker = await loaded.context.newPage();
  // The attacker's own token, from a page that shows one (any JWT of their choosing would do).
  await attacker.goto("https://attacker.example.test/page?shape=textarea");
  const theirs = standIn.issued.at(-1) ?? "";

  const echoed = await foreignOpener(attacker, "pingaccess");
  await sendOpened(attacker, echoed, `https://${ACME_SELF_SERVICE}/api/v1/hostnames?limit=${theirs}`);
  await expect(echoed.getByText(theirs)).toBeVisible();

  const replayed = await foreignOpener(attacker, "argocd");
  await sendOpened(attacker, replayed, standIn.foreignCallback("dev-acme.us1.ping.cloud", "argocd"));
  await expect(replayed.getByRole("heading", { name: "Success" })).toBeVisible();
  const mallorys = standIn.issued.at(-1) ?? "";

  // A later sign-in of the user's own to another application is captured: the pages above were seen first.
  await ownSignIn(popup, "opensearch");
  const stored = (await sessionTokens(worker)).map((t) => t.raw);
  expect(stored).not.toContain(theirs);
  expect(stored).not.toContain(mallorys);
  expect(stored).toContain(users);
});

test("a login URL opened from a link on another site and completed by the user is captured", async ({
  popup,
  worker,
  standIn,
  open,
}) => {
  await addProfile(popup, ACME);
  const wiki = await open("https://wiki.example.test/blank");
  await wiki.evaluate((url) => {
    const link = Object.assign(document.createElement("a"), {
      href: url,
      target: "_blank",
      textContent: "Sign in",
    });
    document.body.append(link);
  }, `https://${ACME_SELF_SERVICE}/api/v1/login/pingfederate`);
  const [tab] = await Promise.all([
    wiki.context().waitForEvent("page"),
    wiki.getByRole("link", { name: "Sign in" }).click(),
  ]);
  await submitSignOn(tab);
  await expect(tab.getByRole("status")).toContainText("Token captured · pingfederate · dev-acme.us1");
  expect((await sessionTokens(worker)).map((t) => t.raw)).toEqual([standIn.issued.at(-1)]);
});

test("the real Success page (#id-token) is captured through the bare login URL and the docs page's Get Token", async ({
  worker,
  standIn,
  open,
  openOnNewProfile,
}) => {
  const tab = await openOnNewProfile("/api/v1/auth/login");
  await submitSignOn(tab);
  await expect(tab.getByRole("heading", { name: "Authentication Successful!!" })).toBeVisible();
  await expect(tab.getByRole("status")).toContainText("Token captured · self-service · dev-acme.us1");
  const first = standIn.issued.at(-1);

  const docs = await open(ACME_DOCS);
  const [fromDocs] = await Promise.all([
    docs.context().waitForEvent("page"),
    docs.getByRole("button", { name: "Get Token" }).click(),
  ]);
  // The sign-on session lives: the new tab lands on the Success page by itself.
  await expect(fromDocs.getByRole("status")).toContainText("Token captured · self-service");
  const second = standIn.issued.at(-1);
  expect(second).not.toBe(first);
  expect((await sessionTokens(worker)).map((t) => t.raw)).toEqual([second]);
});

test("P1AS's refusal stores nothing, and the popup names the roles it asks for", async ({
  popup,
  worker,
}) => {
  const tab = await signInToNewProfile(popup, "pingfederate");
  await tab.getByLabel("Username").fill("norole@acme.example");
  await tab.getByLabel("Password").fill("correct horse");
  await tab.getByRole("button", { name: "Submit" }).click();
  await expect(tab.getByText("Access token is missing required scopes")).toBeVisible();
  await popup.bringToFront();
  const refused = popup.getByRole("alert");
  await expect(refused).toContainText("P1AS refused the pingfederate sign-in to dev-acme.us1");
  await expect(refused).toContainText("Required roles: all-tls-admin, dev-tls-admin");
  await expect(refused).toContainText("Your account has none of them");
  await expect(refused.getByRole("link", { name: "How roles are assigned" })).toHaveAttribute(
    "href",
    /p1as_platform_api_config/,
  );
  expect(await sessionTokens(worker)).toEqual([]);
});

test("a Success page with no token we can find: the popup says so and takes a pasted token for that sign-in", async ({
  popup,
  worker,
  standIn,
}) => {
  test.slow(); // The page is watched 15 seconds for a token it renders late before it counts as showing none.
  await addProfile(popup, ACME);
  standIn.successShape = "no-token";
  const tab = await signInFromPopup(popup, "pingaccess");
  await submitSignOn(tab);
  await popup.bringToFront();
  const notice = popup.getByRole("alert");
  await expect(notice).toContainText(
    "Signed in to pingaccess on dev-acme.us1, but no token was found on the page",
    {
      timeout: 25_000,
    },
  );
  const box = notice.getByLabel("Token to paste");
  await box.fill("not a token");
  await notice.getByRole("button", { name: "Paste token" }).click();
  await expect(notice.getByRole("status")).toContainText("Not a JWT");
  expect(await sessionTokens(worker)).toEqual([]);

  const token = standIn.issued.at(-1) ?? "";
  await box.fill(token);
  await notice.getByRole("button", { name: "Paste token" }).click();
  const card = popup.getByRole("article", { name: "pingaccess (pasted) · dev-acme.us1" });
  await expect(card).toBeVisible();
  expect((await sessionTokens(worker)).map((t) => [t.raw, t.app])).toEqual([[token, "pingaccess"]]);
  await expect(popup.getByRole("alert")).toHaveCount(0);
});
