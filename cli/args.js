// @ts-check
// The command line, read with Node's own parseArgs (strict: an unknown option is an error, not ignored).
import { parseArgs } from "node:util";

export const BROWSERS = /** @type {const} */ (["chrome", "chromium", "edge", "brave", "firefox"]);
/** @typedef {(typeof BROWSERS)[number]} Browser */

export const APPLICATIONS = /** @type {const} */ ([
  "self-service",
  "pingaccess",
  "pingfederate",
  "opensearch",
  "argocd",
]);

/**
 * @typedef {{ command: "token"; output: "token" | "header" | "json" | "list"; profile?: string;
 *   app?: string; signIn: boolean }} TokenCommand
 * @typedef {{ command: "install" | "uninstall" | "doctor"; browsers: Browser[]; userDataDir?: string }}
 *   SetupCommand
 * @typedef {{ command: "help" }} HelpCommand
 * @typedef {TokenCommand | SetupCommand | HelpCommand} Command
 */

export const USAGE = `Usage:
  p1as-token [--profile <name or domain>] [--app <application>] [--header | --json] [--sign-in]
  p1as-token --list
  p1as-token install [--browser chrome|chromium|edge|brave|firefox] [--user-data-dir <dir>]
  p1as-token uninstall [--browser …] [--user-data-dir <dir>]
  p1as-token doctor [--browser …] [--user-data-dir <dir>]

Prints the token the P1AS Token Capture extension holds, and nothing else, on stdout.
Exit codes: 0 printed, 2 bad arguments, 3 no valid token, 4 terminal access off,
5 refused in the browser, 6 browser not reachable.`;

/**
 * @param {readonly string[]} argv the arguments after the command's name
 * @returns {{ ok: true; command: Command } | { ok: false; error: string }}
 */
export function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: "string" },
        app: { type: "string" },
        header: { type: "boolean" },
        json: { type: "boolean" },
        list: { type: "boolean" },
        "sign-in": { type: "boolean" },
        browser: { type: "string", multiple: true },
        "user-data-dir": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, command: { command: "help" } };
  const [verb, ...rest] = positionals;
  if (rest.length > 0) return { ok: false, error: `Unexpected argument: ${rest[0]}` };
  if (verb === "install" || verb === "uninstall" || verb === "doctor") {
    return setupCommand(verb, values);
  }
  if (verb !== undefined) return { ok: false, error: `Unknown command: ${verb}` };
  if (values.browser || values["user-data-dir"] !== undefined) {
    return { ok: false, error: "--browser and --user-data-dir go with install, uninstall or doctor." };
  }
  const outputs = [values.header && "header", values.json && "json", values.list && "list"].filter(
    (o) => typeof o === "string",
  );
  if (outputs.length > 1) return { ok: false, error: "Choose one of --header, --json and --list." };
  const output = /** @type {TokenCommand["output"]} */ (outputs[0] ?? "token");
  if (values.app !== undefined && !APPLICATIONS.some((a) => a === values.app)) {
    return { ok: false, error: `Unknown application: ${values.app} (one of ${APPLICATIONS.join(", ")}).` };
  }
  if (output === "list" && values["sign-in"]) return { ok: false, error: "--list takes no --sign-in." };
  /** @type {TokenCommand} */
  const command = { command: "token", output, signIn: values["sign-in"] === true };
  if (values.profile !== undefined) {
    if (values.profile.trim() === "") return { ok: false, error: "--profile needs a name or a domain." };
    command.profile = values.profile.trim();
  }
  if (values.app !== undefined) command.app = values.app;
  return { ok: true, command };
}

/**
 * @param {"install" | "uninstall" | "doctor"} verb
 * @param {{ profile?: string; app?: string; header?: boolean; json?: boolean; list?: boolean;
 *   "sign-in"?: boolean; browser?: string[]; "user-data-dir"?: string }} values
 * @returns {{ ok: true; command: SetupCommand } | { ok: false; error: string }}
 */
function setupCommand(verb, values) {
  const tokenOptions = ["profile", "app", "header", "json", "list", "sign-in"];
  const misplaced = tokenOptions.find((o) => values[/** @type {keyof typeof values} */ (o)] !== undefined);
  if (misplaced) return { ok: false, error: `--${misplaced} does not go with ${verb}.` };
  const named = values.browser ?? [];
  const unknown = named.find((b) => !BROWSERS.some((known) => known === b));
  if (unknown) return { ok: false, error: `Unknown browser: ${unknown} (one of ${BROWSERS.join(", ")}).` };
  /** @type {SetupCommand} */
  const command = { command: verb, browsers: /** @type {Browser[]} */ ([...new Set(named)]) };
  const dir = values["user-data-dir"];
  if (dir !== undefined) {
    if (named.length !== 1 || named[0] === "firefox") {
      return { ok: false, error: "--user-data-dir needs exactly one Chromium-based --browser." };
    }
    command.userDataDir = dir;
  }
  return { ok: true, command };
}
