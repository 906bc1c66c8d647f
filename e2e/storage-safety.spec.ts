// Where tokens and client secrets are kept, and what happens when keeping fails: never on disk (unless the
// user keeps the secret on purpose), out of reach of our content script, and a full storage is said, not
// swallowed.
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PINGONE_CLIENTS } from "./standin/pingone";
import { inOurWorld, OUR_WORLD } from "./support/cdp";
import { fillCredentials, getTokenReceived, statusOf } from "./support/client-credentials-helpers";
import { expect, test } from "./support/fixtures";
import {
  ACME_DOCS,
  acmeLogin,
  captureToken,
  sessionTokens,
  signInFromPopup,
  signInToNewProfile,
  submitSignOn,
} from "./support/helpers";
import { workerErrors } from "./support/service-worker";
import { tryWhoami } from "./support/swagger-helpers";

/**
 * Which of `secrets` some file under `dir` holds, and where. A secret is looked for whole and in pieces of
 * its last part (a JWT's signature, unlike its header, is its own), 24 characters each, in UTF-8 and
 * UTF-16: Chrome keeps web storage in UTF-16, and LevelDB may compress a value so that a string repeated
 * from an earlier one (two JWTs share their header) is no longer whole.
 */
function foundOnDisk(dir: string, secrets: string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (stat.isFile()) files.push(path);
  };
  walk(dir);
  const found: string[] = [];
  for (const [n, secret] of secrets.entries()) {
    const own = secret.split(".").at(-1) ?? secret;
    const pieces = [secret];
    for (let at = 0; at + 24 <= own.length; at += 24) pieces.push(own.slice(at, at + 24));
    const needles = pieces.flatMap((piece) => [Buffer.from(piece, "utf8"), Buffer.from(piece, "utf16le")]);
    for (const file of files) {
      const bytes = readFileSync(file);
      if (needles.some((needle) => bytes.includes(needle)))
        found.push(`secret #${n} in ${relative(dir, file)}`);
    }
  }
  return found;
}

test("no token and no client secret reaches the profile on disk, running or closed; a secret kept on purpose does", async ({
  popup,
  loaded,
  worker,
  standIn,
  userDataDir,
  open,
  openPopup,
}) => {
  await captureToken(popup, "self-service");
  // A second capture: the sign-on session sends this sign-in straight to the Success page.
  await signInFromPopup(popup, "pingfederate");
  await expect.poll(async () => (await sessionTokens(worker)).length).toBe(2);
  const docs = await open(ACME_DOCS);
  expect((await tryWhoami(docs)).status).toBe(200);
  const { basic } = PINGONE_CLIENTS;
  await fillCredentials(popup, { clientId: basic.id, secret: basic.secret });
  await getTokenReceived(popup);
  const tokens = [...standIn.issued.slice(-2), ...standIn.pingOne.issued];
  expect(tokens).toHaveLength(3);

  const extensionSettings = join(userDataDir, "Default", "Local Extension Settings", loaded.extensionId);
  const secrets = [...tokens, basic.secret];
  expect(lstatSync(extensionSettings).isDirectory()).toBe(true);
  expect(foundOnDisk(userDataDir, secrets), "running").toEqual([]);
  await loaded.context.close();
  expect(foundOnDisk(userDataDir, secrets), "closed").toEqual([]);

  // The same search finds a secret the user keeps on purpose: in our extension's local settings.
  await loaded.restart();
  const page = await openPopup();
  await fillCredentials(page, { clientId: basic.id, secret: basic.secret, keepSecret: true });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(statusOf(page)).toHaveText("Saved.");
  await loaded.context.close();
  const kept = foundOnDisk(userDataDir, secrets);
  expect(kept.length).toBeGreaterThan(0);
  expect(
    kept.every((where) => where.startsWith(`secret #3 in ${relative(userDataDir, extensionSettings)}`)),
  ).toBe(true);
});

test("our content script cannot read storage.session", async ({ popup, loaded, worker }) => {
  await captureToken(popup, "self-service");
  expect(await sessionTokens(worker)).toHaveLength(1);
  const success = loaded.context.pages().find((p) => p.url().includes("/api/v1/auth/callback"));
  if (!success) throw new Error("the Success page is missing");
  const read = (area: "local" | "session") =>
    inOurWorld(
      success,
      `(async () => { try { return "read " + Object.keys(await chrome.storage.${area}.get(null)).sort(); }
        catch (error) { return "refused: " + error.message; } })()`,
      OUR_WORLD,
    );
  // The same world reads storage.local (profiles and choices, no token): the evaluation runs in our script.
  expect(await read("local")).toMatch(/^read .*profiles/);
  expect(await read("session")).toBe("refused: Access to storage is not allowed from this context.");
});

test("a full storage.session: the capture fails with a message, nothing breaks, and the next capture works", async ({
  popup,
  worker,
  standIn,
}) => {
  const errors = await workerErrors(worker);
  const tab = await signInToNewProfile(popup, "pingfederate");
  // Room left for small bookkeeping, not for a token (about 1 KB).
  const left = await worker.evaluate(async () => {
    const { session } = chrome.storage;
    const used = await session.getBytesInUse(null);
    await session.set({ filler: "x".repeat(session.QUOTA_BYTES - used - 400) });
    return session.QUOTA_BYTES - (await session.getBytesInUse(null));
  });
  expect(left).toBeLessThan(1000);

  await submitSignOn(tab);
  await expect
    .soft(tab.getByRole("status"), "the page says the capture failed")
    .toContainText("Not captured");
  expect(await sessionTokens(worker)).toEqual([]);
  expect(errors, "the service worker logged or left uncaught an error").toEqual([]);

  await worker.evaluate(() => chrome.storage.session.remove("filler"));
  await tab.goto(acmeLogin("pingfederate"));
  await expect(tab.getByRole("status")).toContainText("Token captured · pingfederate · dev-acme.us1");
  expect((await sessionTokens(worker)).map((t) => t.raw)).toEqual([standIn.issued.at(-1)]);
});
