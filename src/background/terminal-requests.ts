// Answers the terminal's requests from our own storage, with the rules of src/lib/terminal.ts: a token
// only of a profile whose Terminal access is on, only its own application's, never an expired one. Every
// token handed over enters the sign-in history as "given to the terminal" (never the token itself).
import { chooseToken } from "../lib/docs-target";
import { handoffRecord, withRecord } from "../lib/history";
import { decodeJwt } from "../lib/jwt";
import type { Application, Profile } from "../lib/profile";
import type { StoredToken } from "../lib/state";
import { historyItem, profilesItem, terminalAccessItem, tokensItem } from "../lib/storage";
import { type Decision, decideTerminal, pairOf, type Refusal, type TerminalRequest } from "../lib/terminal";
import { serial } from "./serial";
import { signIn } from "./sign-in";
import { terminalPolicyOff } from "./terminal-access";
import { ASK_BOUND_MS, askUser } from "./terminal-ask";

/** How long `--sign-in` waits for the capture. */
export const SIGN_IN_BOUND_MS = 120_000;

export type TerminalAnswer =
  | Refusal
  | { ok: true; list: Extract<Decision, { kind: "list" }>["entries"] }
  | {
      ok: true;
      token: string;
      exp: number | null;
      profile: string;
      domain: string;
      app: Application;
      claims: Record<string, unknown>;
    };
export type Progress = { kind: "ask" | "signIn"; profile: string; app: Application; seconds: number };

async function decide(request: TerminalRequest): Promise<Decision> {
  return decideTerminal(
    {
      profiles: await profilesItem.get(),
      access: await terminalAccessItem.get(),
      policyOff: await terminalPolicyOff(),
      tokens: Object.values(await tokensItem.get()),
      now: Date.now(),
    },
    request,
  );
}

/** The next token of the pair newer than `since`, or null once the bound has passed. */
function nextCapture(profileId: string, app: Application, since: number): Promise<StoredToken | null> {
  return new Promise((resolve) => {
    const done = (token: StoredToken | null) => {
      clearTimeout(timer);
      stop();
      resolve(token);
    };
    const timer = setTimeout(() => done(null), SIGN_IN_BOUND_MS);
    const stop = tokensItem.onChanged((tokens) => {
      const token = chooseToken(Object.values(tokens), profileId, app, Date.now());
      if (token && token.capturedAt > since) done(token);
    });
  });
}

function give(token: StoredToken, profile: Profile): TerminalAnswer {
  const decoded = decodeJwt(token.raw);
  const claims = decoded.ok ? decoded.jwt.claims : {};
  // The history line is written beside the answer, not before it: the command need not wait for storage.
  void serial(async () =>
    historyItem.set(withRecord(await historyItem.get(), handoffRecord(token, claims, Date.now()))),
  ).catch(() => undefined);
  return { ok: true, token: token.raw, exp: token.exp, ...pairOf(profile, token.app), claims };
}

/**
 * The answer to one request. `progress` tells the command what it waits for; `cancelled` settles when the
 * command gives up.
 */
export async function answerTerminal(
  request: TerminalRequest,
  progress: (p: Progress) => void,
  cancelled: Promise<void>,
): Promise<TerminalAnswer> {
  const decision = await decide(request);
  if (decision.kind === "refuse") return decision.refusal;
  if (decision.kind === "list") return { ok: true, list: decision.entries };
  const app = decision.kind === "give" ? decision.token.app : decision.app;
  const pair = pairOf(decision.profile, app);
  const refused: Refusal = { ok: false, reason: "refused", profile: pair.profile, app };
  if (decision.ask) {
    progress({ kind: "ask", profile: pair.profile, app, seconds: ASK_BOUND_MS / 1000 });
    if (!(await askUser(pair, cancelled))) return refused;
  }
  if (decision.kind === "give") return give(decision.token, decision.profile);
  const since = Date.now();
  const captured = nextCapture(decision.profile.id, app, since);
  const started = await signIn(decision.profile.id, app);
  if (!started.ok) return { ok: false, reason: "noValidToken", profile: pair.profile, app };
  progress({ kind: "signIn", profile: pair.profile, app, seconds: SIGN_IN_BOUND_MS / 1000 });
  const token = await Promise.race([captured, cancelled.then(() => null)]);
  // The rules again, now that time has passed: the profile may have been removed or its access turned off.
  const now = await decide({ kind: "token", profile: pair.domain, app });
  if (!token || now.kind !== "give") return { ok: false, reason: "noValidToken", profile: pair.profile, app };
  return give(now.token, now.profile);
}
