// @ts-check
// What the command prints for each answer of the extension: the token (or header, JSON, list) on stdout;
// everything else on stderr, in words that never hold a token.
import { EXIT, exitCodeFor } from "./exit-codes.js";

/**
 * @typedef {{ profile: string; domain: string; app: string }} Pair
 * @typedef {Pair & { access: "ask" | "allow"; valid: boolean; exp: number | null }} ListEntry
 * @typedef {{ ok: true; token: string; exp: number | null; profile: string; domain: string; app: string;
 *   claims: Record<string, unknown> }} Given
 * @typedef {{ ok: true; list: ListEntry[] }} Listed
 * @typedef {{ ok: false; reason: import("./exit-codes.js").Reason; choices?: Pair[]; profile?: string;
 *   app?: string }} Refusal
 * @typedef {Given | Listed | Refusal} Answer
 * @typedef {{ kind: "ask" | "signIn"; profile: string; app: string; seconds: number }} Progress
 * @typedef {{ stdout: string; stderr: string; code: number }} Outcome
 */

/** @param {{ profile: string; app: string }} pair */
const named = (pair) => `${pair.app} of ${pair.profile}`;

/**
 * @param {number | null} exp
 * @param {number} now
 */
function validity(exp, now) {
  if (exp === null) return "no expiry";
  const minutes = Math.round((exp - now) / 60_000);
  return exp <= now ? "expired" : `valid, ${minutes} min left`;
}

/**
 * @param {Answer} answer
 * @param {"token" | "header" | "json" | "list"} output
 * @param {number} now
 * @returns {Outcome}
 */
export function outcomeOf(answer, output, now) {
  if (!answer.ok) return refusalOutcome(answer);
  if ("list" in answer) {
    const lines = answer.list.map(
      (e) =>
        `${e.profile}\t${e.domain}\t${e.app}\t${e.valid ? validity(e.exp, now) : "no valid token"}\t${
          e.access === "ask" ? "asks each time" : "allowed"
        }`,
    );
    const stderr = lines.length === 0 ? "No profile has terminal access on.\n" : "";
    return { stdout: lines.map((l) => `${l}\n`).join(""), stderr, code: EXIT.printed };
  }
  if (output === "list") return { stdout: "", stderr: "Unexpected answer.\n", code: EXIT.unexpected };
  const stdout =
    output === "header"
      ? `Authorization: Bearer ${answer.token}\n`
      : output === "json"
        ? `${JSON.stringify({
            token: answer.token,
            expires: answer.exp === null ? null : new Date(answer.exp).toISOString(),
            profile: answer.profile,
            domain: answer.domain,
            application: answer.app,
            claims: answer.claims,
          })}\n`
        : `${answer.token}\n`;
  return { stdout, stderr: "", code: EXIT.printed };
}

/**
 * @param {Refusal} refusal
 * @returns {Outcome}
 */
function refusalOutcome(refusal) {
  const which = refusal.profile ? ` for ${refusal.app ? `${refusal.app} of ` : ""}${refusal.profile}` : "";
  /** @type {Record<import("./exit-codes.js").Reason, string>} */
  const words = {
    noValidToken: `No valid token${which}. Sign in from the extension, or run again with --sign-in.`,
    accessOff: `Terminal access is off${which}: turn it on in the extension's options (Terminal access).`,
    refused: `Refused in the browser${which}.`,
    ambiguous: `Several tokens apply; choose one with --profile and --app:\n${(refusal.choices ?? [])
      .map((c) => `  --profile ${c.domain} --app ${c.app}\t(${c.profile})`)
      .join("\n")}`,
    unknownProfile: `No profile with terminal access is called ${refusal.profile ?? "that"}. See --list.`,
    badRequest: "The extension did not understand the request: is it up to date?",
  };
  return { stdout: "", stderr: `${words[refusal.reason]}\n`, code: exitCodeFor(refusal.reason) };
}

/**
 * What the command says while it waits.
 * @param {Progress} progress
 */
export function progressLine(progress) {
  return progress.kind === "ask"
    ? `Waiting up to ${progress.seconds} s for Allow in the browser (${named(progress)})…\n`
    : `No valid token for ${named(progress)}: a sign-in tab opened in the browser; waiting up to ${progress.seconds} s for the capture…\n`;
}

export const UNREACHABLE = `The browser does not answer. Is it running, with Terminal access on for a profile in the
extension's options, and the host installed (p1as-token install)? p1as-token doctor says what is missing.
`;

/**
 * @param {unknown} value
 * @returns {value is Progress}
 */
export const isProgress = (value) =>
  typeof value === "object" &&
  value !== null &&
  "kind" in value &&
  (value.kind === "ask" || value.kind === "signIn");

/**
 * A loose check of the answer's shape: it comes from our own extension through the host.
 * @param {unknown} value
 * @returns {value is Answer}
 */
export function isAnswer(value) {
  if (typeof value !== "object" || value === null || !("ok" in value)) return false;
  if (value.ok === false) return "reason" in value && typeof value.reason === "string";
  return (
    ("token" in value && typeof value.token === "string") || ("list" in value && Array.isArray(value.list))
  );
}
