// The real p1as-token command, run as a child process the way a user's shell runs it, against the host
// that this test's Chromium starts. The test's own folders stand in for the user's: the socket folder
// ($P1AS_TOKEN_SOCKET_DIR, given to Chromium and so to the host it starts) and the data folder where
// `install` writes the launcher ($XDG_DATA_HOME).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { answerBrowserPrompt } from "./browser-prompt";
import { stopServiceWorkers } from "./service-worker";
import type { Display } from "./xvfb";

export const COMMAND = resolve(import.meta.dirname, "..", "..", "bin", "p1as-token.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface TerminalFolders {
  socketDir: string;
  dataHome: string;
}

/** Runs `node bin/p1as-token.js …args` to its end. */
export function p1asToken(
  args: string[],
  folders: TerminalFolders,
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [COMMAND, ...args],
      {
        env: {
          ...process.env,
          P1AS_TOKEN_SOCKET_DIR: folders.socketDir,
          XDG_DATA_HOME: folders.dataHome,
          ...extraEnv,
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

export const socketOf = (folders: TerminalFolders) => join(folders.socketDir, "host.sock");

/** Waits until the host listens (the browser started it) or, with `false`, until it has gone. */
export async function hostListening(folders: TerminalFolders, listening = true): Promise<void> {
  await expect.poll(() => existsSync(socketOf(folders)), { message: "the host's socket" }).toBe(listening);
}

/** The Terminal access select of one profile in the options page. */
export const terminalAccess = (options: Page, profile: string): Locator =>
  options
    .getByRole("region", { name: "Terminal" })
    .getByRole("listitem", { name: profile })
    .getByLabel("Terminal access");

/**
 * Turns a profile's Terminal access on from the options page, as a user would the first time: the change
 * brings the browser's prompt for nativeMessaging, answered Allow. Then the worker is stopped, as Chrome
 * stops an idle one: the worker that ran when the permission came has no runtime.connectNative (Chromium
 * fixes a worker's bindings when it starts), and the next event starts one that opens the port.
 */
export async function turnOnTerminal(
  options: Page,
  display: Display,
  profile: string,
  access: "ask" | "allow",
  folders: TerminalFolders,
): Promise<void> {
  const select = terminalAccess(options, profile);
  await expect(select).toHaveValue("off");
  // Chromium shows the prompt in the window it last saw active: only the options page is left open.
  for (const page of options.context().pages()) if (page !== options) await page.close();
  await options.bringToFront();
  await select.focus();
  const turnOn = async () => {
    // A key through X, as a user's: Chromium then takes its window for the active one, where the prompt goes.
    display.keys("Down");
    // This prompt is slower to come than the host permission one (seconds, on two busy cores).
    await expect
      .poll(() => options.evaluate(() => document.hasFocus()), {
        timeout: 20_000,
        message: "the prompt opened",
      })
      .toBe(false);
  };
  await answerBrowserPrompt(options, display, turnOn, { move: ["Tab"], press: "Return" });
  await expect(select).toHaveValue("ask");
  // The select shows the choice at once; the worker is stopped only once the background has stored it.
  await expect
    .poll(() =>
      options.evaluate(async () => {
        const { terminalAccess } = await chrome.storage.local.get("terminalAccess");
        return Object.values((terminalAccess as { value?: object } | undefined)?.value ?? {});
      }),
    )
    .toEqual(["ask"]);
  await stopServiceWorkers(options);
  if (access === "allow") await select.selectOption("allow");
  // Any event starts the worker again: here a message that changes nothing.
  else await options.evaluate(() => chrome.runtime.sendMessage({ type: "clientSecretsSaved" }));
  await hostListening(folders);
}
