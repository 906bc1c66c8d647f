// @ts-check
// Where each browser looks for a native-messaging host manifest of this user, where the host's launcher
// goes, and where the host listens. Pure: the platform, home and environment come in as arguments.
import { join } from "node:path";

/** The host's name, as the extension passes it to runtime.connectNative (lowercase, digits, _ and .). */
export const HOST_NAME = "p1as_token_capture";

/** @typedef {import("./args.js").Browser} Browser */
/** @typedef {{ platform: NodeJS.Platform; home: string; env: Record<string, string | undefined> }} Place */

/** Per browser, the user's manifest folder on Linux (under ~/.config) and macOS (under Application Support). */
const FOLDERS = /** @type {const} */ ({
  chrome: { linux: "google-chrome", darwin: "Google/Chrome" },
  chromium: { linux: "chromium", darwin: "Chromium" },
  edge: { linux: "microsoft-edge", darwin: "Microsoft Edge" },
  brave: { linux: "BraveSoftware/Brave-Browser", darwin: "BraveSoftware/Brave-Browser" },
});

/** Windows registry keys (HKEY_CURRENT_USER) whose default value names the manifest file. */
export const WINDOWS_KEYS = /** @type {const} */ ({
  chrome: "Software\\Google\\Chrome\\NativeMessagingHosts",
  chromium: "Software\\Chromium\\NativeMessagingHosts",
  edge: "Software\\Microsoft\\Edge\\NativeMessagingHosts",
  brave: "Software\\BraveSoftware\\Brave-Browser\\NativeMessagingHosts",
  firefox: "Software\\Mozilla\\NativeMessagingHosts",
});

/**
 * The folder that holds the host manifest for `browser`. With `userDataDir` (a Chromium-based browser
 * started with --user-data-dir), that directory's own NativeMessagingHosts: Chromium looks there instead.
 * @param {Browser} browser
 * @param {Place} place
 * @param {string} [userDataDir]
 * @returns {string}
 */
export function manifestFolder(browser, place, userDataDir) {
  if (userDataDir && browser !== "firefox") return join(userDataDir, "NativeMessagingHosts");
  const { platform, home, env } = place;
  if (platform === "win32")
    return join(env.LOCALAPPDATA ?? join(home, "AppData", "Local"), "p1as-token", browser);
  if (platform === "darwin") {
    const support = join(home, "Library", "Application Support");
    return browser === "firefox"
      ? join(support, "Mozilla", "NativeMessagingHosts")
      : join(support, FOLDERS[browser].darwin, "NativeMessagingHosts");
  }
  if (browser === "firefox") return join(home, ".mozilla", "native-messaging-hosts");
  return join(env.XDG_CONFIG_HOME || join(home, ".config"), FOLDERS[browser].linux, "NativeMessagingHosts");
}

/**
 * @param {Browser} browser
 * @param {Place} place
 * @param {string} [userDataDir]
 */
export const manifestPath = (browser, place, userDataDir) =>
  join(manifestFolder(browser, place, userDataDir), `${HOST_NAME}.json`);

/**
 * Where the host's launcher goes: the user's own data folder, one for every browser.
 * @param {Place} place
 */
export function launcherPath({ platform, home, env }) {
  if (platform === "win32")
    return join(env.LOCALAPPDATA ?? join(home, "AppData", "Local"), "p1as-token", "host.cmd");
  if (platform === "darwin") return join(home, "Library", "Application Support", "p1as-token", "host");
  return join(env.XDG_DATA_HOME || join(home, ".local", "share"), "p1as-token", "host");
}

/**
 * The folder of the host's socket: only this user may open it (0700). $P1AS_TOKEN_SOCKET_DIR first (a
 * test's own), then $XDG_RUNTIME_DIR (per user, in memory, emptied at logout), then ~/.p1as-token.
 * @param {Place} place
 */
export function socketFolder({ home, env }) {
  if (env.P1AS_TOKEN_SOCKET_DIR) return env.P1AS_TOKEN_SOCKET_DIR;
  return env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, "p1as-token") : join(home, ".p1as-token");
}

/**
 * What the command connects to: a Unix socket in that folder; on Windows a named pipe of this user's.
 * @param {Place} place
 */
export function socketPath(place) {
  if (place.platform === "win32") return `\\\\.\\pipe\\p1as-token-${place.env.USERNAME ?? "user"}`;
  return join(socketFolder(place), "host.sock");
}

/** @returns {Place} this process's own place */
export const here = () => ({
  platform: process.platform,
  home: process.env.HOME || process.env.USERPROFILE || "",
  env: process.env,
});
