// @ts-check
// p1as-token: the token on stdout, every word on stderr, the case in the exit code (cli/exit-codes.js).
import { fileURLToPath } from "node:url";
import { outcomeOf, progressLine, UNREACHABLE } from "./answers.js";
import { parseCommandLine, USAGE } from "./args.js";
import { ask } from "./client.js";
import { EXIT } from "./exit-codes.js";
import { here, socketPath } from "./locations.js";

/**
 * @param {readonly string[]} argv
 * @param {{ out: (text: string) => void; err: (text: string) => void }} io
 * @returns {Promise<number>} the exit code
 */
export async function main(argv, { out, err }) {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) {
    err(`${parsed.error}\n\n${USAGE}\n`);
    return EXIT.badArguments;
  }
  const { command } = parsed;
  const place = here();
  if (command.command === "help") {
    out(`${USAGE}\n`);
    return EXIT.printed;
  }
  if (command.command !== "token") {
    // Loaded only here: printing a token, the common case, starts faster without it.
    const { browsersToSetUp, doctor, install, uninstall } = await import("./setup.js");
    const browsers = browsersToSetUp(command.browsers, place);
    const job = { browsers, place, ...(command.userDataDir ? { userDataDir: command.userDataDir } : {}) };
    if (command.command === "install") {
      if (browsers.length === 0) {
        err("No browser found for this user: name one with --browser.\n");
        return EXIT.badArguments;
      }
      const hostScript = fileURLToPath(new URL("../bin/p1as-token-host.js", import.meta.url));
      err(`Installed:\n${install({ ...job, node: process.execPath, hostScript }).join("\n")}\n`);
      return EXIT.printed;
    }
    if (command.command === "uninstall") {
      const removed = uninstall(job);
      err(removed.length ? `Removed:\n${removed.join("\n")}\n` : "Nothing to remove.\n");
      return EXIT.printed;
    }
    const reachable = (await ask(socketPath(place), { kind: "list" }, () => undefined)) !== null;
    const lines = doctor({ ...job, reachable });
    err(`${lines.join("\n")}\n`);
    return lines.some((l) => l.startsWith("✗")) ? EXIT.unreachable : EXIT.printed;
  }
  const request = {
    kind: command.output === "list" ? /** @type {const} */ ("list") : /** @type {const} */ ("token"),
    ...(command.profile ? { profile: command.profile } : {}),
    ...(command.app ? { app: command.app } : {}),
    ...(command.signIn ? { signIn: true } : {}),
  };
  const answer = await ask(socketPath(place), request, (progress) => err(progressLine(progress)));
  if (!answer) {
    err(UNREACHABLE);
    return EXIT.unreachable;
  }
  const outcome = outcomeOf(answer, command.output, Date.now());
  if (outcome.stdout) out(outcome.stdout);
  if (outcome.stderr) err(outcome.stderr);
  return outcome.code;
}
