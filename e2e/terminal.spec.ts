// The terminal gets the browser's token: `p1as-token` run as a child process, the host manifest installed
// into this test's own Chromium profile (Chromium reads NativeMessagingHosts/ in its user data directory),
// the nativeMessaging permission granted through the browser's own prompt (so the test runs headed), and
// the host started by Chromium itself through runtime.connectNative.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test as base, expect } from "./support/fixtures";
import { ACME_SELF_SERVICE, captureToken, openTokenDetails, sessionTokens } from "./support/helpers";
import { popupUrl } from "./support/launch";
import {
  hostListening,
  p1asToken,
  type TerminalFolders,
  terminalAccess,
  turnOnTerminal,
} from "./support/terminal-helpers";
import type { Display } from "./support/xvfb";

const test = base.extend<{ folders: TerminalFolders; display: Display; options: Page; captured: string }>({
  /** A self-service token captured through the stand-in, as the popup's sign-in does it. */
  captured: async ({ popup, standIn }, use) => {
    await captureToken(popup, "self-service");
    const token = standIn.issued.at(-1);
    if (!token) throw new Error("nothing captured");
    await use(token);
  },
  // The test's own socket and data folders, with the host installed into its Chromium's profile.
  folders: async ({ userDataDir }, use) => {
    const root = mkdtempSync(join(tmpdir(), "p1as-term-"));
    const folders = { socketDir: join(root, "sock"), dataHome: join(root, "data") };
    const install = await p1asToken(
      ["install", "--browser", "chromium", "--user-data-dir", userDataDir],
      folders,
    );
    expect(install).toMatchObject({ code: 0, stdout: "" });
    await use(folders);
    rmSync(root, { recursive: true, force: true });
  },
  display: async ({ loaded }, use) => {
    if (!loaded.display) throw new Error("this test runs headed");
    await use(loaded.display);
  },
  options: async ({ loaded, extensionId }, use) => {
    const options = await loaded.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await use(options);
  },
  browserEnv: async ({ folders }, use) => use({ P1AS_TOKEN_SOCKET_DIR: folders.socketDir }),
});
test.use({ headed: true, readsPolicy: true });

const PROFILE = "dev-acme.us1";

test("capture → p1as-token prints exactly the token; its header works with curl; nothing listens while off", async ({
  captured: token,
  loaded,
  folders,
  display,
  options,
  standIn,
}) => {
  // Off (the default): nothing listens, and the command says where to look.
  const off = await p1asToken([], folders);
  expect(off).toMatchObject({ code: 6, stdout: "" });
  expect(off.stderr).toContain("Terminal access");

  await turnOnTerminal(options, display, PROFILE, "allow", folders);
  const select = terminalAccess(options, PROFILE);
  expect(statSync(folders.socketDir).mode & 0o777).toBe(0o700);

  const printed = await p1asToken([], folders);
  expect(printed).toEqual({ code: 0, stdout: `${token}\n`, stderr: "" });

  const header = await p1asToken(["--header"], folders);
  expect(header.stdout).toBe(`Authorization: Bearer ${token}\n`);
  const status = await new Promise<string>((done) =>
    execFile(
      "curl",
      [
        "-sk",
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "--connect-to",
        `::127.0.0.1:${standIn.port}`,
        "-H",
        header.stdout.trim(),
        `https://${ACME_SELF_SERVICE}/api/v1/whoami`,
      ],
      (_, stdout) => done(stdout),
    ),
  );
  expect(status).toBe("200");

  const json = JSON.parse((await p1asToken(["--json"], folders)).stdout);
  expect(json).toMatchObject({
    token,
    profile: PROFILE,
    domain: "dev-acme.us1.ping.cloud",
    application: "self-service",
  });
  const list = await p1asToken(["--list"], folders);
  expect(list.code).toBe(0);
  expect(list.stdout).toMatch(
    /^dev-acme\.us1\tdev-acme\.us1\.ping\.cloud\tself-service\tvalid, \d+ min left\tallowed$/m,
  );
  expect(list.stdout + list.stderr).not.toContain(token);

  // Every hand-off is in the history, never the token.
  const history = await loaded.worker.evaluate(
    async () => ((await chrome.storage.local.get("history")).history as { value: unknown[] }).value,
  );
  expect(history).toEqual(
    expect.arrayContaining([expect.objectContaining({ givenTo: "terminal", app: "self-service" })]),
  );
  expect(JSON.stringify(history)).not.toContain(token);

  // Off again: the host leaves and takes its socket along; the command hears nobody.
  await select.selectOption("off");
  await hostListening(folders, false);
  expect((await p1asToken([], folders)).code).toBe(6);
  expect((await sessionTokens(loaded.worker)).map((t) => t.raw)).toEqual([token]);
});

/** Chromium's notification toast: a 360 px wide window in the screen's bottom-right corner. */
const TOAST_WIDTH = 360;

test("Ask each time: the notification's Allow gives the token, Deny refuses", async ({
  captured: token,
  loaded,
  folders,
  display,
  options,
}) => {
  await turnOnTerminal(options, display, PROFILE, "ask", folders);

  // Allow, then Deny, each clicked on Chromium's own toast as a user would.
  const allowed = p1asToken([], folders);
  (await toast()).click("allow");
  expect(await allowed).toMatchObject({ code: 0, stdout: `${token}\n` });
  expect((await allowed).stderr).toContain(
    "Waiting up to 60 s for Allow in the browser (self-service of dev-acme.us1)",
  );
  // The last toast has gone before the next question comes: one at a time.
  const toastGone = () =>
    expect.poll(() => display.windows().some((w) => w.width === TOAST_WIDTH)).toBe(false);
  await toastGone();

  const denied = p1asToken(["--header"], folders);
  (await toast()).click("deny");
  expect(await denied).toMatchObject({ code: 5, stdout: "" });
  expect((await denied).stderr).toContain("Refused in the browser for self-service of dev-acme.us1");

  await toastGone();
  // A notice closed unanswered (Firefox's way to refuse, having no buttons) refuses too.
  const closed = p1asToken([], folders);
  await toast();
  await options.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
  expect(await closed).toMatchObject({ code: 5, stdout: "" });
  const history = await loaded.worker.evaluate(
    async () => ((await chrome.storage.local.get("history")).history as { value: unknown[] }).value,
  );
  expect((history as { givenTo?: string }[]).filter((r) => r.givenTo === "terminal")).toHaveLength(1);

  /** The one toast, once it shows, and a click on one of its two buttons. */
  async function toast() {
    const ids = async () => Object.keys(await options.evaluate(() => chrome.notifications.getAll()));
    await expect.poll(ids, { timeout: 20_000 }).toEqual([expect.stringMatching(/^terminal-ask:/)]);
    await expect.poll(() => display?.windows().some((w) => w.width === TOAST_WIDTH)).toBe(true);
    const window = display?.windows().find((w) => w.width === TOAST_WIDTH);
    return {
      click(button: "allow" | "deny") {
        if (!window || !display) throw new Error("no toast");
        // The buttons' row sits 28 px above the toast's bottom; ALLOW first, DENY beside it (Chromium 156).
        display.click(window.x + (button === "allow" ? 47 : 133), window.y + window.height - 28);
      },
    };
  }
});

/** Silent renewal starts three minutes (the default) before expiry: this lifetime makes that five seconds away. */
const RENEWS_IN_5_S = 3 * 60 + 5;

test("--sign-in waits for the capture it asked for; a silent renewal's token is the next one printed; a profile left off says so", async ({
  popup,
  loaded,
  extensionId,
  folders,
  display,
  options,
  standIn,
}) => {
  const usualLifetime = standIn.tokenLifetimeSeconds;
  standIn.tokenLifetimeSeconds = RENEWS_IN_5_S;
  await captureToken(popup, "self-service");
  // Only this token renews so soon: its renewal, renewed again 5 s later, would be issued in mid-test.
  standIn.tokenLifetimeSeconds = usualLifetime;
  const first = standIn.issued.at(-1);
  await turnOnTerminal(options, display, PROFILE, "allow", folders);
  expect((await p1asToken([], folders)).stdout).toBe(`${first}\n`);

  // A silent renewal replaces the token: the next call prints the new one.
  const cards = await loaded.context.newPage();
  await cards.goto(popupUrl(extensionId));
  await (await openTokenDetails(cards, "self-service · dev-acme.us1")).getByLabel("Renew silently").check();
  await expect
    .poll(async () => (await sessionTokens(loaded.worker)).map((t) => t.raw), { timeout: 20_000 })
    .not.toEqual([first]);
  const renewed = standIn.issued.at(-1);
  expect(renewed).not.toBe(first);
  expect(await p1asToken([], folders)).toEqual({ code: 0, stdout: `${renewed}\n`, stderr: "" });

  // No valid token of pingfederate: without --sign-in, its exit code; with it, the sign-in tab opens, the
  // live sign-on session lands it on the Success page, and the command prints what was captured.
  const none = await p1asToken(["--app", "pingfederate"], folders);
  expect(none).toMatchObject({ code: 3, stdout: "" });
  expect(none.stderr).toContain("No valid token for pingfederate of dev-acme.us1");
  const [tab, signedIn] = await Promise.all([
    loaded.context.waitForEvent("page"),
    p1asToken(["--app", "pingfederate", "--sign-in"], folders),
  ]);
  const captured = standIn.issued.at(-1);
  expect(captured).not.toBe(renewed);
  expect(signedIn).toMatchObject({ code: 0, stdout: `${captured}\n` });
  expect(signedIn.stderr).toContain(
    "No valid token for pingfederate of dev-acme.us1: a sign-in tab opened in the browser; waiting up to 120 s",
  );
  // The sign-in tab's own capture: what the command printed is what was stored.
  expect((await sessionTokens(loaded.worker)).find((t) => t.app === "pingfederate")?.raw).toBe(captured);
  expect(new URL(tab.url()).hostname).toBe(ACME_SELF_SERVICE);

  // Two tokens now: the command will not choose between them.
  const two = await p1asToken([], folders);
  expect(two).toMatchObject({ code: 2, stdout: "" });
  expect(two.stderr).toContain("--profile dev-acme.us1.ping.cloud --app pingfederate");

  // A second profile, its access left Off: named, it is refused as off; an unknown one is an argument error.
  await options.bringToFront();
  await options
    .getByRole("region", { name: "Profiles" })
    .getByRole("button", { name: "Add profile" })
    .click();
  await options.getByLabel("Environment", { exact: true }).fill("prod");
  await options.getByLabel("Customer", { exact: true }).fill("acme");
  await options.getByLabel("Region", { exact: true }).fill("us1");
  await options.getByRole("button", { name: "Save profile" }).click();
  await expect(terminalAccess(options, "prod-acme.us1")).toHaveValue("off");
  const off = await p1asToken(["--profile", "prod-acme.us1"], folders);
  expect(off).toMatchObject({ code: 4, stdout: "" });
  expect(off.stderr).toContain("Terminal access is off for prod-acme.us1");
  expect((await p1asToken(["--profile", "staging"], folders)).code).toBe(2);
});
