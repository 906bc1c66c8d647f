import { describe, expect, it } from "vitest";
import {
  asSignInRecord,
  HISTORY_PER_PAIR,
  handoffRecord,
  recordOf,
  type SignInRecord,
  withRecord,
} from "./history";

const record = (app: SignInRecord["app"], at: number, profileId = "a"): SignInRecord => ({
  profileId,
  app,
  source: "capture",
  at,
  exp: at + 3_600_000,
  sub: "ann",
  roles: ["dev-tls-admin"],
});

const TOKEN = {
  raw: "a.b.c",
  profileId: "a",
  app: "argocd" as const,
  source: "capture" as const,
  capturedAt: 5,
  exp: 9,
};

describe("sign-in history", () => {
  it("keeps what the token said, never the token", () => {
    const kept = recordOf(TOKEN, { sub: "ann", groups: ["x", "y"], scope: "p1as:read" });
    expect(kept).toEqual({
      profileId: "a",
      app: "argocd",
      source: "capture",
      at: 5,
      exp: 9,
      sub: "ann",
      roles: ["x", "y", "p1as:read"],
    });
    expect(JSON.stringify(kept)).not.toContain("a.b.c");
  });

  it("keeps the newest few per profile and application, newest first", () => {
    let history: SignInRecord[] = [record("argocd", 1), record("argocd", 1, "b")];
    for (let at = 2; at <= 10; at++) history = withRecord(history, record("pingfederate", at));
    history = withRecord(history, record("argocd", 11));
    expect(history.filter((r) => r.app === "pingfederate").map((r) => r.at)).toEqual([10, 9, 8, 7, 6]);
    expect(history.filter((r) => r.app === "pingfederate")).toHaveLength(HISTORY_PER_PAIR);
    expect(history[0]?.at).toBe(11);
    expect(history.filter((r) => r.profileId === "b")).toHaveLength(1);
  });

  it("drops stored entries of the wrong shape", () => {
    expect(asSignInRecord({ ...record("argocd", 1), raw: "a.b.c" })).toEqual(record("argocd", 1));
    expect(asSignInRecord({ ...record("argocd", 1), app: "evil" })).toBeUndefined();
  });

  it("keeps hand-offs to the terminal beside the sign-ins, never pushing them out, never the token", () => {
    let history: SignInRecord[] = [record("argocd", 5)];
    for (let at = 10; at < 30; at++) history = withRecord(history, handoffRecord(TOKEN, { sub: "ann" }, at));
    expect(history.filter((r) => r.givenTo === "terminal")).toHaveLength(HISTORY_PER_PAIR);
    expect(history.filter((r) => !r.givenTo)).toEqual([record("argocd", 5)]);
    expect(history[0]).toMatchObject({ at: 29, givenTo: "terminal", app: "argocd", sub: "ann" });
    expect(JSON.stringify(history)).not.toContain("a.b.c");
    expect(asSignInRecord(history[0])).toEqual(history[0]);
  });
});
