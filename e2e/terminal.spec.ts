// The terminal gets the browser's token: `p1as-token` run as a child process, the host manifest installed
// into this test's own Chromium profile (Chromium reads NativeMessagingHosts/ in its user data directory),
// the nativeMessaging permission granted through the browser's own prompt (so the test runs headed), and
// the host started by Chromium itself through runtime.connectNative.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerBrowserPrompt } from "./browser-prompt";
import { test as base, expect } from "./fixtures";
import { ACME_SELF_SERVICE, captureToken, sessionTokens } from "./helpers";
import { stopServiceWorkers } from "./service-worker";
import { hostListening, p1asToken, type TerminalFolders, terminalAccess } from "./terminal-helpers";

const test = base.extend<{ folders: TerminalFolders }>({
  folders: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), "p1as-term-"));
    await use({ socketDir: join(root, "sock"), dataHome: join(root, "data") });
    rmSync(root, { recursive: true, force: true });
  },
  browserEnv: async ({ folders }, use) => use({ P1AS_TOKEN_SOCKET_DIR: folders.socketDir }),
});
test.use({ headed: true });

const PROFILE = "dev-acme.us1";

test("capture → p1as-token prints exactly the token; its header works with curl; nothing listens while off", async ({
  popup,
  loaded,
  extensionId,
  userDataDir,
  folders,
  standIn,
}) => {
  const display = loaded.display;
  if (!display) throw new Error("this test runs headed");
  const install = await p1asToken(
    ["install", "--browser", "chromium", "--user-data-dir", userDataDir],
    folders,
  );
  expect(install).toMatchObject({ code: 0, stdout: "" });
  await captureToken(popup, "self-service");
  const token = standIn.issued.at(-1);

  // Off (the default): nothing listens, and the command says where to look.
  const off = await p1asToken([], folders);
  expect(off).toMatchObject({ code: 6, stdout: "" });
  expect(off.stderr).toContain("Terminal access");

  const options = await loaded.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const select = terminalAccess(options, PROFILE);
  await expect(select).toHaveValue("off");
  // The first change asks for the nativeMessaging permission: granted at the prompt (Tab to Allow).
  // Chromium shows the prompt in the window it last saw active: only the options page is left open.
  for (const page of loaded.context.pages()) if (page !== options) await page.close();
  await options.bringToFront();
  await select.focus();
  const turnOn = async () => {
    // A key through X, as a user's: Chromium then takes its window for the active one, where the prompt goes.
    display.keys("Down");
    // This prompt is slower to come than the host permission one (several seconds on two busy cores).
    await expect
      .poll(() => options.evaluate(() => document.hasFocus()), {
        timeout: 20_000,
        message: "the prompt opened",
      })
      .toBe(false);
  };
  await answerBrowserPrompt(options, display, turnOn, { move: ["Tab"], press: "Return" });
  await expect(select).toHaveValue("ask");
  // This worker started before the permission was granted, and Chromium gives a running worker no
  // runtime.connectNative until it starts again: as Chrome does with an idle worker, stop it; the next
  // event (here the change to Allow) starts one that opens the port.
  expect(await loaded.worker.evaluate(() => typeof chrome.runtime.connectNative)).toBe("undefined");
  await stopServiceWorkers(options);
  await select.selectOption("allow");
  await hostListening(folders);
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
    async () => (await chrome.storage.local.get("history")).history,
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
