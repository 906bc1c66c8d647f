// @ts-check
// Our extension's ids, the only ones a host manifest lets start the host. Chrome's comes from the `key` in
// src/manifest.ts (an unpacked build keeps it; ids.test.ts derives it from that key, so they cannot drift);
// Firefox's is the add-on id in the same file.

export const CHROME_EXTENSION_ID = "mgpnpliccfjildboplfdlldijohfhdop";
export const GECKO_ID = "{d6027e73-d423-41d3-b38a-bd91bb49832d}";

/**
 * Chrome's id for an extension's public key: the first 128 bits of its SHA-256, each hex digit as a–p.
 * @param {string} base64Key the manifest's `key`
 * @param {(data: Buffer) => Buffer} sha256
 */
export function extensionIdOfKey(base64Key, sha256) {
  const hex = sha256(Buffer.from(base64Key, "base64")).toString("hex").slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join("");
}
