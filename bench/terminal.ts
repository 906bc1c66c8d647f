// The command's wall time with the extension warm: `node bin/p1as-token.js` spawned, as a shell would, until
// it exits with the token printed; Node's own start beside it. It needs the nativeMessaging permission, which
// only the browser's prompt grants: this part runs its own Chromium with a window on a private X display
// and answers the prompt as the end-to-end tests do (e2e/terminal-helpers.ts).
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ask } from "../cli/client.js";
import { captureToken } from "../e2e/support/helpers";
import { launchWithExtension, popupUrl } from "../e2e/support/launch";
import { p1asToken, type TerminalFolders, turnOnTerminal } from "../e2e/support/terminal-helpers";
import { startXvfb } from "../e2e/support/xvfb";
import { type Row, timing } from "./stats";

const run = (args: string[]) =>
  new Promise<number>((done, fail) => {
    const start = performance.now();
    execFile(process.execPath, args, (error) => (error ? fail(error) : done(performance.now() - start)));
  });

export async function terminalRows(
  standInPort: number,
  repeat: (what: string, measure: () => Promise<number>) => Promise<number[]>,
  command: string,
  folders: TerminalFolders = {
    socketDir: join(mkdtempSync(join(tmpdir(), "p1as-bench-term-")), "sock"),
    dataHome: mkdtempSync(join(tmpdir(), "p1as-bench-data-")),
  },
): Promise<Row[]> {
  const display = await startXvfb();
  const userDataDir = mkdtempSync(join(tmpdir(), "p1as-bench-"));
  await p1asToken(["install", "--browser", "chromium", "--user-data-dir", userDataDir], folders);
  const { context, extensionId } = await launchWithExtension(userDataDir, standInPort, {
    headless: false,
    display: display.name,
    env: { P1AS_TOKEN_SOCKET_DIR: folders.socketDir },
  });
  try {
    const popup = await context.newPage();
    await popup.goto(popupUrl(extensionId));
    await captureToken(popup, "self-service");
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await turnOnTerminal(options, display, "dev-acme.us1", "allow", folders);
    process.env.P1AS_TOKEN_SOCKET_DIR = folders.socketDir;
    const printed = await repeat("p1as-token's wall time, extension warm", () => run([command]));
    const node = await repeat("Node's own start, doing nothing", () => run(["-e", ""]));
    const relay = await repeat(
      "one request from this process: socket → host → extension → answer",
      async () => {
        const start = performance.now();
        const answer = await ask(join(folders.socketDir, "host.sock"), { kind: "token" }, () => undefined);
        if (!answer?.ok) throw new Error("no token answered");
        return performance.now() - start;
      },
    );
    return [
      timing("terminal: p1as-token wall time, extension warm", printed, 100, "spawned until it exits"),
      timing("↳ of which the request: socket → host → extension → answer", relay, null),
      timing("↳ floor: Node starting and exiting, no work", node, null),
    ];
  } finally {
    await context.close();
    await display.stop();
  }
}
