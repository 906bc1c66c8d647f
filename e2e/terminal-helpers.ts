// The real p1as-token command, run as a child process the way a user's shell runs it, against the host
// that this test's Chromium starts. The test's own folders stand in for the user's: the socket folder
// ($P1AS_TOKEN_SOCKET_DIR, given to Chromium and so to the host it starts) and the data folder where
// `install` writes the launcher ($XDG_DATA_HOME).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

export const COMMAND = resolve(import.meta.dirname, "..", "bin", "p1as-token.js");

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
