// @ts-check
// The command's exit codes, documented in the README ("p1as-token"): a script tells the cases apart
// without reading stderr. 1 stays free for anything unexpected (Node's own exit code for a crash).

export const EXIT = Object.freeze({
  /** The token (or header, JSON, list) is on stdout. */
  printed: 0,
  unexpected: 1,
  /** Unknown option, missing value, or a choice the command cannot make alone (several tokens apply). */
  badArguments: 2,
  /** The profile and application have no valid token (and no sign-in was asked for, or it timed out). */
  noValidToken: 3,
  /** Terminal access is off for that profile, or for everyone by policy. */
  accessOff: 4,
  /** The user answered Deny, or did not answer, in the browser. */
  refused: 5,
  /** No browser is listening: not running, terminal access off everywhere, or the host not installed. */
  unreachable: 6,
});

/** @typedef {"noValidToken" | "accessOff" | "refused" | "ambiguous" | "unknownProfile" | "badRequest"} Reason */

/**
 * The exit code for a refusal from the extension.
 * @param {Reason} reason
 * @returns {number}
 */
export function exitCodeFor(reason) {
  switch (reason) {
    case "noValidToken":
      return EXIT.noValidToken;
    case "accessOff":
      return EXIT.accessOff;
    case "refused":
      return EXIT.refused;
    default:
      return EXIT.badArguments;
  }
}
