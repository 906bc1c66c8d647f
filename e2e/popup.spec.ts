import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "./support/fixtures";
import {
  ACME,
  ACME_SELF_SERVICE,
  addProfile,
  captureToken,
  localStorageText,
  sessionTokens,
  signInFromPopup,
} from "./support/helpers";

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as Record<string, unknown>;

test("shows each token's application, profile, subject, expiry, roles and decoded claims", async ({
  popup,
  standIn,
}) => {
  await captureToken(popup, "pingfederate");
  const card = popup.getByRole("article", { name: "pingfederate · dev-acme.us1" });
  await expect(card).toContainText("sub ann@acme.example");
  await expect(card).toContainText(/expires in (59|60) min/);
  await card.getByRole("button", { name: "More" }).click();
  await expect(card.getByRole("list", { name: "Roles and groups" }).getByRole("listitem")).toHaveText([
    "dev-acme-tls-admin",
    "prod-tls-audit",
  ]);
  const claims = claimsOf(standIn.issued.at(-1) ?? "");
  const exp = card.getByRole("region", { name: "Claims" }).locator(".claim", { hasText: /^exp/ });
  const local = await popup.evaluate(
    (ms) => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" }).format(ms),
    Number(claims.exp) * 1000,
  );
  await expect(exp).toHaveText(`exp${claims.exp} ${local}`);
  await expect(card.getByRole("region", { name: "Header" })).toContainText("algRS256");
});

test("each copy button puts exactly the right text on the clipboard", async ({ popup, loaded, standIn }) => {
  await captureToken(popup, "self-service");
  await loaded.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const token = standIn.issued.at(-1) ?? "";
  const card = popup.getByRole("article", { name: "self-service · dev-acme.us1" });
  const expected: Record<string, string> = {
    "Copy token": token,
    "Copy Authorization header": `Authorization: Bearer ${token}`,
    "Copy as curl": `curl -sS -H 'Authorization: Bearer ${token}' 'https://${ACME_SELF_SERVICE}/api/v1/'`,
    "Copy claims": JSON.stringify(claimsOf(token), null, 2),
  };
  // Copy token is on the row; the other copies are one step away, under More.
  await card.getByRole("button", { name: "More" }).click();
  for (const [button, text] of Object.entries(expected)) {
    await popup.evaluate(() => navigator.clipboard.writeText("-"));
    const width = (await card.getByRole("button", { name: button, exact: true }).boundingBox())?.width;
    await card.getByRole("button", { name: button, exact: true }).click();
    await expect.poll(() => popup.evaluate(() => navigator.clipboard.readText())).toBe(text);
    // Said on the button itself, where the eye is, and to screen readers, in a button as wide as before
    // (its label kept out of its name); then the button's label comes back.
    const copied = card.getByRole("button", { name: "Copied ✓", exact: true });
    await expect(copied).toBeVisible();
    expect((await copied.boundingBox())?.width).toBe(width);
    await expect(popup.locator("main > [role=status]")).toHaveText(/^Copied /);
    await expect(card.getByRole("button", { name: button, exact: true })).toBeVisible();
  }
  await expect(popup.locator("main > [role=status]")).toHaveText("");
});

test("the copied curl command authenticates against the environment's API", async ({
  popup,
  loaded,
  standIn,
}) => {
  await captureToken(popup, "self-service");
  await loaded.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await popup.getByRole("button", { name: "More" }).click();
  await popup.getByRole("button", { name: "Copy as curl" }).click();
  const command = await popup.evaluate(() => navigator.clipboard.readText());
  // Run exactly what was copied, in a shell, with curl sent to the stand-in and its certificate accepted.
  // Asynchronously: the stand-in answers from this very process.
  const { stdout } = await promisify(execFile)("sh", [
    "-c",
    `${command} -k --connect-to ::127.0.0.1:${standIn.port}`,
  ]);
  expect(JSON.parse(stdout)).toMatchObject({ ok: true, sub: "ann@acme.example" });
});

test("the validity stays current while the popup is open", async ({ popup, standIn }) => {
  standIn.tokenLifetimeSeconds = 6 * 60;
  await popup.clock.install();
  await popup.reload();
  await captureToken(popup, "argocd");
  const card = popup.getByRole("article", { name: "argocd · dev-acme.us1" });
  await expect(card.locator(".expiry")).toHaveText(/expires in (5|6) min/);
  await popup.clock.fastForward("02:00");
  await expect(card.locator(".expiry")).toHaveText(/expires in (3|4) min/);
  await expect(card).toHaveClass(/expiring/);
  await popup.clock.fastForward("05:00");
  await expect(card.locator(".expiry")).toHaveText(/expired (1|2) min ago/);
  await expect(card).toHaveClass(/expired/);
});

test("a removed token can be brought back by Undo for a moment; the badge follows", async ({
  popup,
  worker,
}) => {
  await captureToken(popup, "opensearch");
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toMatch(/^(59|60)m$/);
  const row = popup.getByRole("article", { name: "opensearch · dev-acme.us1" });
  const remove = async () => {
    await row.getByRole("button", { name: "More" }).click();
    await row.getByRole("button", { name: "Remove" }).click();
    await expect(popup.getByText("No tokens yet: sign in to capture one.")).toBeVisible();
    expect(await sessionTokens(worker)).toEqual([]);
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe("");
  };
  await remove();
  await expect(
    popup.getByRole("status").filter({ hasText: "Removed opensearch · dev-acme.us1." }),
  ).toBeVisible();
  await popup.getByRole("button", { name: "Undo" }).click();
  await expect(row).toBeVisible();
  expect(await sessionTokens(worker)).toHaveLength(1);
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toMatch(/^(59|60)m$/);

  // Left alone, the offer goes and the token stays removed.
  await remove();
  await expect(popup.getByRole("button", { name: "Undo" })).toBeHidden({ timeout: 10_000 });
  expect(await sessionTokens(worker)).toEqual([]);
});

test("an expired token's main action is Sign in again, and its details say so before any copy", async ({
  popup,
  standIn,
  captureExpired,
}) => {
  await captureExpired("pingaccess");
  const row = popup.getByRole("article", { name: "pingaccess · dev-acme.us1" });
  await expect(row).toHaveClass(/expired/);
  await expect(row.getByRole("button", { name: "Copy token" })).toHaveCount(0);
  await row.getByRole("button", { name: "More" }).click();
  await expect(row.getByText("This token has expired: P1AS will refuse it.")).toBeVisible();
  await expect(row.getByRole("checkbox", { name: "Renew silently" })).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Copy token" })).toBeVisible();

  standIn.tokenLifetimeSeconds = 3600;
  const tab = popup.context().waitForEvent("page");
  await row.getByRole("button", { name: "Sign in again" }).click();
  await expect((await tab).getByRole("status")).toContainText("Token captured");
  await expect(row).toHaveClass(/valid/);
});

test("the paste box decodes any JWT without storing it, and explains a bad one", async ({
  popup,
  worker,
  standIn,
}) => {
  await addProfile(popup, ACME);
  // A token from a page on a host that is no profile of ours: shown to the user, never captured.
  const page = await popup.context().newPage();
  await page.goto("https://jwt.example.test/page?shape=textarea");
  const token = await page.locator("textarea").inputValue();
  expect(token).toBe(standIn.issued.at(-1));
  await popup.bringToFront();
  await popup.getByText("Decode a JWT").click();
  const box = popup.getByLabel("Paste a JWT to decode (not stored)");
  await box.fill(`  ${token}\n`);
  await expect(popup.getByRole("region", { name: "Claims" })).toContainText("sub");
  await box.fill("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln");
  await expect(popup.getByRole("alert")).toHaveText("Not a JWT: the payload is not JSON.");
  await box.fill("hello");
  await expect(popup.getByRole("alert")).toHaveText(
    "Not a JWT: expected three base64url parts separated by dots.",
  );
  expect(await sessionTokens(worker)).toEqual([]);
});

test("the sign-in history lists each sign-in with what its token said, and never the token", async ({
  popup,
  standIn,
  worker,
}) => {
  await captureToken(popup, "self-service");
  const tab = await signInFromPopup(popup, "pingfederate");
  await expect(tab.getByRole("status")).toContainText("Token captured");
  await popup.bringToFront();
  await popup.getByText("Sign-in history (2)").click();
  await expect(popup.locator("ul.history li")).toHaveText([
    /^pingfederate · dev-acme\.us1 · ann@acme\.example.*expires in 59 min · dev-acme-tls-admin, prod-tls-audit$/,
    /^self-service · dev-acme\.us1 · ann@acme\.example.*expires in 59 min · dev-acme-tls-admin, prod-tls-audit$/,
  ]);
  const stored = await localStorageText(worker);
  expect(stored).toContain('"history"');
  for (const token of standIn.issued) expect(stored).not.toContain(token);
});
