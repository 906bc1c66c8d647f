// Starts Chromium with the built extension loaded, its host names sent to the local stand-in. Shared by
// the end-to-end fixtures and `npm start`.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type BrowserContext, chromium, type Worker } from "@playwright/test";
import type { Target } from "../../src/manifest";

export const DIST = resolve(import.meta.dirname, "..", "..", "dist");
/** Where `npm run build` leaves each browser's build. */
export const BUILDS: Record<Target, string> = {
  chrome: DIST,
  firefox: resolve(import.meta.dirname, "..", "..", "dist-firefox"),
};

/** The browser to drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here; the others may still be there.
  }
  return candidates.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
}

export const NO_CHROMIUM =
  "No Chromium found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.";

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

export async function launchWithExtension(
  userDataDir: string,
  standInPort: number,
  options: { headless: boolean; display?: string; env?: Record<string, string> },
): Promise<Launched> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless,
    ...(options.display || options.env
      ? { env: { ...process.env, ...options.env, ...(options.display ? { DISPLAY: options.display } : {}) } }
      : {}),
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      // Every host name goes to the loopback stand-in: the real P1AS names, and nothing leaves the machine.
      `--host-resolver-rules=MAP * 127.0.0.1:${standInPort}`,
      "--ignore-certificate-errors",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // On a test display, notifications as Chromium's own toasts (no desktop notification service there),
      // so that a test can click their buttons.
      ...(options.display ? ["--disable-features=NativeNotifications,SystemNotifications"] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}

export const popupUrl = (extensionId: string) => `chrome-extension://${extensionId}/src/popup/index.html`;
export const optionsUrl = (extensionId: string) => `chrome-extension://${extensionId}/src/options/index.html`;
