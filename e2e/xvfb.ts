// A private X display for the few tests that must answer a dialog of the browser itself (the host
// permission prompt), which headless Chromium never shows. Keys reach it through xdotool, as a user's would.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

export const NO_XVFB = "This test needs Xvfb and xdotool (Debian/Ubuntu: apt-get install -y xvfb xdotool).";

export interface Display {
  name: string;
  /** Types keys into whatever window has the focus on this display. */
  keys(...keys: string[]): void;
  stop(): void;
}

export async function startXvfb(number: number): Promise<Display> {
  if (!existsSync("/usr/bin/Xvfb") || !existsSync("/usr/bin/xdotool")) throw new Error(NO_XVFB);
  const name = `:${number}`;
  const server: ChildProcess = spawn("Xvfb", [name, "-screen", "0", "1280x900x24", "-nolisten", "tcp"], {
    stdio: "ignore",
  });
  const socket = `/tmp/.X11-unix/X${number}`;
  for (let i = 0; i < 50 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(socket)) throw new Error(`Xvfb did not start on ${name}.`);
  return {
    name,
    keys: (...keys) => execFileSync("xdotool", ["key", ...keys], { env: { ...process.env, DISPLAY: name } }),
    stop: () => server.kill(),
  };
}
