// @ts-check
// Native messaging's framing on stdin/stdout: each message is its JSON in UTF-8, preceded by its length
// as a 32-bit unsigned integer in the machine's byte order (little-endian on every platform we support).
// https://developer.chrome.com/docs/extensions/develop/concepts/native-messaging#native-messaging-host-protocol

/** Chrome refuses a message from a host above 1 MB; we refuse above that from the browser too. */
export const MAX_MESSAGE = 1024 * 1024;

/**
 * @param {unknown} message
 * @returns {Buffer}
 */
export function encodeFrame(message) {
  const body = Buffer.from(JSON.stringify(message), "utf8");
  if (body.length > MAX_MESSAGE) throw new Error("message too large");
  const header = Buffer.alloc(4);
  header.writeUInt32LE(body.length, 0);
  return Buffer.concat([header, body]);
}

/** Collects chunks as they arrive and hands out each complete message. */
export class FrameReader {
  /** @type {Buffer} */
  #pending = Buffer.alloc(0);

  /**
   * @param {Buffer} chunk
   * @returns {unknown[]} the messages now complete, in order
   */
  push(chunk) {
    this.#pending = Buffer.concat([this.#pending, chunk]);
    /** @type {unknown[]} */
    const messages = [];
    while (this.#pending.length >= 4) {
      const length = this.#pending.readUInt32LE(0);
      if (length > MAX_MESSAGE) throw new Error("message too large");
      if (this.#pending.length < 4 + length) break;
      messages.push(JSON.parse(this.#pending.subarray(4, 4 + length).toString("utf8")));
      this.#pending = this.#pending.subarray(4 + length);
    }
    return messages;
  }
}

/** Lines of JSON on the socket between the command and the host: one request, then answers. */
export class LineReader {
  #pending = "";

  /**
   * @param {Buffer | string} chunk
   * @returns {unknown[]}
   */
  push(chunk) {
    this.#pending += chunk.toString();
    if (this.#pending.length > MAX_MESSAGE * 2) throw new Error("line too long");
    const lines = this.#pending.split("\n");
    this.#pending = lines.pop() ?? "";
    return lines.filter((line) => line.trim() !== "").map((line) => JSON.parse(line));
  }
}
