// The last few sign-ins per profile and application, to answer "when did I sign in, as whom, with which
// roles": what the token said, never the token itself, so the record can outlive it in storage.local.

import type { JsonObject } from "./jwt";
import { rolesOf } from "./jwt";
import type { Application } from "./profile";
import { isApplication } from "./profile";
import { isRecord, type StoredToken, type TokenSource } from "./state";

export const HISTORY_PER_PAIR = 5;

export interface SignInRecord {
  profileId: string;
  app: Application;
  source: TokenSource;
  /** When the token arrived, ms since the epoch. */
  at: number;
  exp: number | null;
  sub: string | null;
  roles: string[];
  pasted?: true;
  /** A hand-off of the token to the terminal (p1as-token), not a sign-in: when, which pair, never the token. */
  givenTo?: "terminal";
}

export function recordOf(
  token: Pick<StoredToken, "profileId" | "app" | "source" | "capturedAt" | "exp" | "pasted">,
  claims: JsonObject,
): SignInRecord {
  return {
    profileId: token.profileId,
    app: token.app,
    source: token.source,
    at: token.capturedAt,
    exp: token.exp,
    sub: typeof claims.sub === "string" ? claims.sub.slice(0, 200) : null,
    roles: rolesOf(claims)
      .slice(0, 20)
      .map((r) => r.slice(0, 100)),
    ...(token.pasted ? { pasted: true as const } : {}),
  };
}

/** A hand-off to the terminal, described by the token handed over: the token itself stays out. */
export function handoffRecord(token: StoredToken, claims: JsonObject, at: number): SignInRecord {
  return { ...recordOf(token, claims), at, givenTo: "terminal" };
}

/**
 * Newest first, at most HISTORY_PER_PAIR sign-ins and as many hand-offs for each profile and application:
 * a script calling p1as-token in a loop must not push the sign-ins out.
 */
export function withRecord(history: readonly SignInRecord[], record: SignInRecord): SignInRecord[] {
  const same = (r: SignInRecord) =>
    r.profileId === record.profileId && r.app === record.app && r.givenTo === record.givenTo;
  const kept = history.filter(same).slice(0, HISTORY_PER_PAIR - 1);
  return [record, ...kept, ...history.filter((r) => !same(r))].sort((a, b) => b.at - a.at);
}

export function asSignInRecord(v: unknown): SignInRecord | undefined {
  if (!isRecord(v) || typeof v.profileId !== "string" || !isApplication(v.app)) return undefined;
  if (v.source !== "capture" && v.source !== "client-credentials") return undefined;
  if (typeof v.at !== "number" || !(v.exp === null || typeof v.exp === "number")) return undefined;
  if (!(v.sub === null || typeof v.sub === "string") || !Array.isArray(v.roles)) return undefined;
  const roles = v.roles.filter((r): r is string => typeof r === "string");
  const { profileId, app, source, at, exp, sub } = v;
  return {
    profileId,
    app,
    source,
    at,
    exp,
    sub,
    roles,
    ...(v.pasted === true ? { pasted: true as const } : {}),
    ...(v.givenTo === "terminal" ? { givenTo: "terminal" as const } : {}),
  };
}
