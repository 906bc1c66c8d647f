// @ts-check
// The native-messaging host: the browser starts it (runtime.connectNative) while terminal access is on,
// and ends it by closing its stdin. It relays each request of the command, arriving on a Unix socket in a
// folder only this user can open, to the extension over stdout, and the extension's answers back. It keeps
// no token: each answer passes through once. No TCP port.
import { existsSync, unlinkSync } from "node:fs";
import { connect, createServer } from "node:net";
import { dirname } from "node:path";
import { encodeFrame, FrameReader, LineReader, MAX_MESSAGE } from "./framing.js";
import { socketPath } from "./locations.js";
import { ensurePrivateFolder } from "./socket-folder.js";

/** Requests waiting at once; more are turned away (a runaway script must not queue without end). */
const MAX_PENDING = 16;

/**
 * Whether something answers on the socket: a live host, as opposed to a file left by one that crashed.
 * @param {string} path
 * @returns {Promise<boolean>}
 */
function answers(path) {
  return new Promise((resolve) => {
    const probe = connect(path);
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
}

/**
 * @param {{ input: NodeJS.ReadableStream; output: NodeJS.WritableStream;
 *   place: import("./locations.js").Place; log: (line: string) => void }} io
 * @returns {Promise<number>} the exit code, once the browser has closed the port
 */
export async function runHost({ input, output, place, log }) {
  const path = socketPath(place);
  if (place.platform !== "win32") {
    const problem = ensurePrivateFolder(dirname(path));
    if (problem) {
      log(`p1as-token host: ${problem}`);
      return 1;
    }
    if (existsSync(path)) {
      // A second browser (or profile) with terminal access on: the first one keeps serving the terminal.
      if (await answers(path)) {
        log("p1as-token host: another browser already serves the terminal; this one stands by.");
        return 1;
      }
      unlinkSync(path); // left over from a host that crashed
    }
  }

  /** @type {Map<number, import("node:net").Socket>} */
  const waiting = new Map();
  let nextId = 1;
  /** @param {unknown} message */
  const toBrowser = (message) => output.write(encodeFrame(message));

  const server = createServer((socket) => {
    if (waiting.size >= MAX_PENDING) {
      socket.end(`${JSON.stringify({ answer: { ok: false, reason: "badRequest" } })}\n`);
      return;
    }
    const id = nextId++;
    const lines = new LineReader();
    let asked = false;
    socket.on("data", (chunk) => {
      let requests;
      try {
        requests = lines.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      const [request] = requests;
      if (asked || request === undefined) return;
      asked = true;
      waiting.set(id, socket);
      toBrowser({ id, request });
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      // The command gave up (Ctrl-C, timeout): the extension may drop a question it still shows.
      if (waiting.delete(id)) toBrowser({ id, cancel: true });
    });
  });

  const frames = new FrameReader();
  input.on("data", (chunk) => {
    let messages;
    try {
      messages = frames.push(/** @type {Buffer} */ (chunk));
    } catch {
      log("p1as-token host: a message from the browser was not understood.");
      return;
    }
    for (const message of messages) deliver(message);
  });

  /** @param {unknown} message */
  function deliver(message) {
    if (typeof message !== "object" || message === null || !("id" in message)) return;
    const socket = typeof message.id === "number" ? waiting.get(message.id) : undefined;
    if (!socket) return;
    const line = JSON.stringify(
      "answer" in message
        ? { answer: message.answer }
        : { progress: "progress" in message ? message.progress : null },
    );
    if (line.length > MAX_MESSAGE) return;
    if ("answer" in message) {
      waiting.delete(/** @type {number} */ (message.id));
      socket.end(`${line}\n`);
    } else socket.write(`${line}\n`);
  }

  // The socket file is created under this umask: 0600 inside the 0700 folder.
  const umask = process.umask(0o177);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve(undefined));
  });
  process.umask(umask);
  toBrowser({ ready: true });

  return new Promise((resolve) => {
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      server.close();
      for (const socket of waiting.values()) socket.destroy();
      // Windows pipes vanish with the server; a Unix socket file stays unless removed.
      if (place.platform !== "win32") {
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      }
      resolve(0);
    };
    // The browser closed the port (or quit): nothing left to relay.
    input.on("end", stop);
    input.on("close", stop);
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
}
