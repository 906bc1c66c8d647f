// @ts-check
// install, uninstall and doctor: the host manifest for each browser of this user, pointing at one small
// launcher that runs this Node on host.js. The launcher names Node by its absolute path, because the
// browser starts the host with its own PATH, which may not hold the Node of a version manager.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { CHROME_EXTENSION_ID, GECKO_ID } from "./ids.js";
import {
  HOST_NAME,
  launcherPath,
  manifestFolder,
  manifestPath,
  socketFolder,
  WINDOWS_KEYS,
} from "./locations.js";
import { checkPrivateFolder } from "./socket-folder.js";

/** @typedef {import("./args.js").Browser} Browser */
/** @typedef {import("./locations.js").Place} Place */

/**
 * The manifest that lets our extension, and only it, start the host.
 * @param {Browser} browser
 * @param {string} launcher absolute path
 */
export function hostManifest(browser, launcher) {
  const common = {
    name: HOST_NAME,
    description: "p1as-token: P1AS Token Capture for the terminal",
    path: launcher,
    type: "stdio",
  };
  return browser === "firefox"
    ? { ...common, allowed_extensions: [GECKO_ID] }
    : { ...common, allowed_origins: [`chrome-extension://${CHROME_EXTENSION_ID}/`] };
}

/** @param {string} path */
const shellQuoted = (path) => `'${path.replaceAll("'", `'\\''`)}'`;

/**
 * @param {NodeJS.Platform} platform
 * @param {string} node absolute path of Node
 * @param {string} hostScript absolute path of bin/p1as-token-host.js
 */
export function launcherScript(platform, node, hostScript) {
  return platform === "win32"
    ? `@echo off\r\n"${node}" "${hostScript}" %*\r\n`
    : `#!/bin/sh\n# Started by the browser for P1AS Token Capture (p1as-token install).\nexec ${shellQuoted(node)} ${shellQuoted(hostScript)} "$@"\n`;
}

/**
 * The browsers to set up: the ones named, else every one whose folder exists for this user.
 * @param {Browser[]} named
 * @param {Place} place
 * @returns {Browser[]}
 */
export function browsersToSetUp(named, place) {
  if (named.length > 0) return named;
  /** @type {Browser[]} */
  const all = ["chrome", "chromium", "edge", "brave", "firefox"];
  return all.filter((b) => existsSync(dirname(manifestFolder(b, place))));
}

/**
 * @param {{ browsers: Browser[]; userDataDir?: string; place: Place; node: string; hostScript: string }} job
 * @returns {string[]} what was written, one line each
 */
export function install({ browsers, userDataDir, place, node, hostScript }) {
  const launcher = launcherPath(place);
  mkdirSync(dirname(launcher), { recursive: true, mode: 0o700 });
  writeFileSync(launcher, launcherScript(place.platform, node, hostScript), { mode: 0o755 });
  const done = [`launcher ${launcher}`];
  for (const browser of browsers) {
    const path = manifestPath(browser, place, userDataDir);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(hostManifest(browser, launcher), null, 2)}\n`, { mode: 0o644 });
    done.push(`${browser}: ${path}`);
    if (place.platform === "win32") {
      done.push(
        `  then: reg add "HKCU\\${WINDOWS_KEYS[browser]}\\${HOST_NAME}" /ve /t REG_SZ /d "${path}" /f`,
      );
    }
  }
  return done;
}

/**
 * @param {{ browsers: Browser[]; userDataDir?: string; place: Place }} job
 * @returns {string[]} what was removed
 */
export function uninstall({ browsers, userDataDir, place }) {
  const removed = [];
  for (const browser of browsers) {
    const path = manifestPath(browser, place, userDataDir);
    if (existsSync(path)) {
      rmSync(path);
      removed.push(`${browser}: ${path}`);
    }
  }
  const all = /** @type {Browser[]} */ (["chrome", "chromium", "edge", "brave", "firefox"]);
  const launcher = launcherPath(place);
  // The launcher serves every browser: it goes with the last manifest.
  if (!all.some((b) => existsSync(manifestPath(b, place))) && existsSync(launcher)) {
    rmSync(launcher);
    removed.push(`launcher ${launcher}`);
  }
  return removed;
}

/**
 * What stops the terminal from reaching a browser, as lines; each problem starts with "✗".
 * @param {{ browsers: Browser[]; userDataDir?: string; place: Place; reachable: boolean }} job
 */
export function doctor({ browsers, userDataDir, place, reachable }) {
  const lines = [];
  const launcher = launcherPath(place);
  const launcherOk =
    existsSync(launcher) && (place.platform === "win32" || (statSync(launcher).mode & 0o111) !== 0);
  lines.push(launcherOk ? `✓ launcher ${launcher}` : `✗ no launcher at ${launcher}: run p1as-token install`);
  if (browsers.length === 0) lines.push("✗ no browser found: name one with --browser");
  for (const browser of browsers) {
    const path = manifestPath(browser, place, userDataDir);
    lines.push(manifestProblem(browser, path, launcher) ?? `✓ ${browser}: ${path}`);
  }
  const folder = socketFolder(place);
  if (place.platform !== "win32") {
    const problem = existsSync(folder) ? checkPrivateFolder(folder) : null;
    lines.push(problem ? `✗ ${problem}` : `✓ socket folder ${folder} (only you)`);
  }
  lines.push(
    reachable
      ? "✓ a browser answers"
      : "✗ no browser answers: start it, and set Terminal access to Ask each time or Allow for a profile in the extension's options",
  );
  return lines;
}

/**
 * @param {Browser} browser
 * @param {string} path
 * @param {string} launcher
 * @returns {string | null}
 */
function manifestProblem(browser, path, launcher) {
  if (!existsSync(path))
    return `✗ ${browser}: no host manifest at ${path}: run p1as-token install --browser ${browser}`;
  try {
    const written = JSON.parse(readFileSync(path, "utf8"));
    const wanted = hostManifest(browser, launcher);
    if (JSON.stringify(written) !== JSON.stringify(wanted)) {
      return `✗ ${browser}: ${path} differs from what install writes: run p1as-token install --browser ${browser}`;
    }
  } catch {
    return `✗ ${browser}: ${path} is not JSON: run p1as-token install --browser ${browser}`;
  }
  return null;
}
