// p1as-token with Firefox: the host manifest where Firefox looks for this user
// (~/.mozilla/native-messaging-hosts/, with HOME pointed at the test's own folder for Firefox and for
// `install`), Terminal access turned on in the options with the keyboard (Firefox lets permissions.request
// run only in a user's input handler; the launch pref grants it without the doorhanger, as Allow would),
// and the host started by Firefox through runtime.connectNative.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { p1asToken, socketOf, type TerminalFolders } from "../support/terminal-helpers";
import { captureToken } from "./capture";
import { test as base, expect } from "./fixtures";

const test = base.extend<{ folders: TerminalFolders & { home: string } }>({
  folders: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), "p1as-ff-term-"));
    await use({ socketDir: join(root, "sock"), dataHome: join(root, "data"), home: join(root, "home") });
    rmSync(root, { recursive: true, force: true });
  },
  firefoxEnv: async ({ folders }, use) =>
    use({ HOME: folders.home, P1AS_TOKEN_SOCKET_DIR: folders.socketDir }),
});

test("capture → p1as-token prints exactly the token, through Firefox's native messaging", async ({
  firefox,
  open,
  folders,
  standIn,
}) => {
  const install = await p1asToken(["install", "--browser", "firefox"], folders, { HOME: folders.home });
  expect(install.code).toBe(0);
  expect(
    existsSync(join(folders.home, ".mozilla", "native-messaging-hosts", "p1as_token_capture.json")),
  ).toBe(true);
  await captureToken(await open("/src/popup/index.html"), firefox);
  const token = standIn.issued.at(-1);

  const options = await open("/src/options/index.html");
  const select = await options.waitForSelector("::-p-aria(Terminal access)");
  if (!select) throw new Error("no Terminal access select");
  await select.focus();
  // Off → Ask each time → Allow, each a key press: input the browser counts as the user's.
  await options.keyboard.press("ArrowDown");
  await expect.poll(() => select.evaluate((s) => (s as HTMLSelectElement).value)).toBe("ask");
  await options.keyboard.press("ArrowDown");
  await expect.poll(() => select.evaluate((s) => (s as HTMLSelectElement).value)).toBe("allow");
  await expect.poll(() => existsSync(socketOf(folders)), { timeout: 15_000 }).toBe(true);

  expect(await p1asToken([], folders)).toEqual({ code: 0, stdout: `${token}\n`, stderr: "" });
});
