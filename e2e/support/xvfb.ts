// A private X display for the few tests that must answer a dialog of the browser itself (the host
// permission prompt), which headless Chromium never shows. Keys reach it through xdotool, as a user's would.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

export const NO_XVFB = "This test needs Xvfb and xdotool (Debian/Ubuntu: apt-get install -y xvfb xdotool).";

export interface Display {
  name: string;
  /** Types keys into whatever window has the focus on this display. */
  keys(...keys: string[]): void;
  /** Gives the keyboard focus to the browser window (there is no window manager to do it on a click). */
  focusBrowser(): void;
  /** Clicks at a point of the screen, as a user's mouse would (button 1 left, 3 right; 3 times selects a paragraph). */
  click(x: number, y: number, button?: 1 | 3, times?: number): void;
  /** The visible windows, with their place and size. */
  windows(): { x: number; y: number; width: number; height: number }[];
  /** Ends the server and waits until it has. */
  stop(): Promise<void>;
}

export async function startXvfb(): Promise<Display> {
  if (!existsSync("/usr/bin/Xvfb") || !existsSync("/usr/bin/xdotool")) throw new Error(NO_XVFB);
  // -displayfd: the server takes a free display number itself and writes it once it accepts clients. A
  // number of our own could meet another run's server, or a lock left by one that was killed.
  const server = spawn("Xvfb", ["-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  let said = "";
  server.stderr.on("data", (chunk: Buffer) => {
    said += chunk.toString();
  });
  const number = await new Promise<string>((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve(out.trim());
    });
    server.once("error", reject);
    // "close", not "exit": by then all it said on stderr has been read.
    server.once("close", (code) =>
      reject(new Error(`Xvfb ended (${code}) before it was ready: ${said.trim()}`)),
    );
  });
  const name = `:${number}`;
  const xdotool = (...args: string[]) =>
    execFileSync("xdotool", args, { env: { ...process.env, DISPLAY: name }, stdio: "pipe" }).toString();
  return {
    name,
    keys: (...keys) => xdotool("key", ...keys),
    focusBrowser: () => {
      // A window found may close before it takes the focus (BadWindow): search again, a few times.
      for (let attempt = 1; ; attempt++) {
        try {
          xdotool("search", "--onlyvisible", "--class", "chromium", "windowfocus", "--sync");
          return;
        } catch (error) {
          if (attempt === 5 || !String(error).includes("BadWindow")) throw error;
        }
      }
    },
    click: (x, y, button = 1, times = 1) =>
      xdotool(
        "mousemove",
        String(x),
        String(y),
        "click",
        "--repeat",
        String(times),
        "--delay",
        "80",
        String(button),
      ),
    windows: () => {
      let ids: string[];
      try {
        ids = xdotool("search", "--onlyvisible", "--name", "").trim().split("\n");
      } catch {
        return []; // xdotool exits 1 when nothing matches
      }
      // A window may close between the search and the question about it: it is no longer there.
      return ids.flatMap((id) => {
        let geometry: string;
        try {
          geometry = xdotool("getwindowgeometry", "--shell", id);
        } catch {
          return [];
        }
        const shell = Object.fromEntries(
          geometry
            .trim()
            .split("\n")
            .map((line) => line.split("=")),
        );
        return [
          {
            x: Number(shell.X),
            y: Number(shell.Y),
            width: Number(shell.WIDTH),
            height: Number(shell.HEIGHT),
          },
        ];
      });
    },
    stop: () => {
      server.kill();
      return exited;
    },
  };
}
