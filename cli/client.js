// @ts-check
// The command's side of the socket: one request, progress lines while the browser waits for the user,
// then one answer.
import { connect } from "node:net";
import { isAnswer, isProgress } from "./answers.js";
import { LineReader } from "./framing.js";

/** The longest the command waits: the extension's own bounds (a sign-in, a question) plus a margin. */
export const CLIENT_TIMEOUT_MS = 200_000;

/**
 * @typedef {{ kind: "token" | "list"; profile?: string; app?: string; signIn?: boolean }} TerminalRequest
 */

/**
 * @param {string} path the host's socket
 * @param {TerminalRequest} request
 * @param {(progress: import("./answers.js").Progress) => void} onProgress
 * @returns {Promise<import("./answers.js").Answer | null>} null: nobody answers there
 */
export function ask(path, request, onProgress) {
  return new Promise((resolve) => {
    const socket = connect(path);
    const lines = new LineReader();
    /** @param {import("./answers.js").Answer | null} answer */
    const done = (answer) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done(null), CLIENT_TIMEOUT_MS);
    socket.once("connect", () => socket.write(`${JSON.stringify(request)}\n`));
    socket.on("data", (chunk) => {
      let messages;
      try {
        messages = lines.push(chunk);
      } catch {
        return done(null);
      }
      for (const message of messages) {
        if (typeof message !== "object" || message === null) continue;
        if ("progress" in message && isProgress(message.progress)) onProgress(message.progress);
        if ("answer" in message) return done(isAnswer(message.answer) ? message.answer : null);
      }
    });
    socket.on("error", () => done(null));
    socket.on("close", () => done(null));
  });
}
