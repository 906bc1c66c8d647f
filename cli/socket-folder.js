// @ts-check
// The folder of the host's socket, made so that only this user can open it: created 0700, and refused
// when it is a link, belongs to someone else, or lets others in (then we tighten it if it is ours).
import { chmodSync, lstatSync, mkdirSync } from "node:fs";

/**
 * Makes sure `folder` exists as this user's private directory; returns what is wrong, or null.
 * @param {string} folder
 * @returns {string | null}
 */
export function ensurePrivateFolder(folder) {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  return checkPrivateFolder(folder, true);
}

/**
 * @param {string} folder
 * @param {boolean} [tighten] set the mode to 0700 when the folder is ours but open to others
 * @returns {string | null} what is wrong with it, or null when only this user can open it
 */
export function checkPrivateFolder(folder, tighten = false) {
  const stat = lstatSync(folder);
  if (!stat.isDirectory()) return `${folder} is not a directory (a link or a file).`;
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) return `${folder} belongs to another user.`;
  if ((stat.mode & 0o077) !== 0) {
    if (!tighten) return `${folder} can be opened by other users (mode ${(stat.mode & 0o777).toString(8)}).`;
    chmodSync(folder, 0o700);
  }
  return null;
}
