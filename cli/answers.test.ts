import { describe, expect, it } from "vitest";
import { type Answer, isAnswer, isProgress, outcomeOf, progressLine } from "./answers.js";
import { EXIT } from "./exit-codes.js";

const NOW = Date.UTC(2026, 0, 1, 12);
const TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm4ifQ.c2ln";
const given: Answer = {
  ok: true,
  token: TOKEN,
  exp: NOW + 30 * 60_000,
  profile: "Acme dev",
  domain: "dev-acme.us1.ping.cloud",
  app: "self-service",
  claims: { sub: "ann" },
};

describe("outcomeOf", () => {
  it("prints only the token, the header, or the JSON", () => {
    expect(outcomeOf(given, "token", NOW)).toEqual({ stdout: `${TOKEN}\n`, stderr: "", code: 0 });
    expect(outcomeOf(given, "header", NOW).stdout).toBe(`Authorization: Bearer ${TOKEN}\n`);
    expect(JSON.parse(outcomeOf(given, "json", NOW).stdout)).toEqual({
      token: TOKEN,
      expires: "2026-01-01T12:30:00.000Z",
      profile: "Acme dev",
      domain: "dev-acme.us1.ping.cloud",
      application: "self-service",
      claims: { sub: "ann" },
    });
  });

  it("lists profiles and applications with their validity, never a token", () => {
    const listed = outcomeOf(
      {
        ok: true,
        list: [
          {
            profile: "Acme dev",
            domain: "d",
            app: "self-service",
            access: "allow",
            valid: true,
            exp: NOW + 60_000,
          },
          { profile: "Acme dev", domain: "d", app: "pingfederate", access: "ask", valid: false, exp: null },
        ],
      },
      "list",
      NOW,
    );
    expect(listed.stdout).toBe(
      "Acme dev\td\tself-service\tvalid, 1 min left\tallowed\nAcme dev\td\tpingfederate\tno valid token\tasks each time\n",
    );
    expect(outcomeOf({ ok: true, list: [] }, "list", NOW).stderr).toContain("No profile");
  });

  it("gives each refusal its exit code and words on stderr only", () => {
    const cases = [
      ["noValidToken", EXIT.noValidToken, "No valid token for self-service of Acme dev"],
      ["accessOff", EXIT.accessOff, "Terminal access is off"],
      ["refused", EXIT.refused, "Refused in the browser"],
      ["unknownProfile", EXIT.badArguments, "No profile with terminal access is called Acme dev"],
      ["badRequest", EXIT.badArguments, "did not understand"],
    ] as const;
    for (const [reason, code, words] of cases) {
      const outcome = outcomeOf(
        { ok: false, reason, profile: "Acme dev", app: "self-service" },
        "token",
        NOW,
      );
      expect(outcome).toMatchObject({ stdout: "", code });
      expect(outcome.stderr).toContain(words);
    }
  });

  it("names the choices when several tokens apply", () => {
    const outcome = outcomeOf(
      {
        ok: false,
        reason: "ambiguous",
        choices: [
          { profile: "Acme dev", domain: "dev-acme.us1.ping.cloud", app: "self-service" },
          { profile: "Acme dev", domain: "dev-acme.us1.ping.cloud", app: "pingfederate" },
        ],
      },
      "token",
      NOW,
    );
    expect(outcome.code).toBe(EXIT.badArguments);
    expect(outcome.stderr).toContain("--profile dev-acme.us1.ping.cloud --app pingfederate\t(Acme dev)");
  });
});

describe("progress and answer checks", () => {
  it("says what it waits for", () => {
    expect(progressLine({ kind: "signIn", profile: "Acme dev", app: "argocd", seconds: 120 })).toContain(
      "No valid token for argocd of Acme dev: a sign-in tab opened in the browser; waiting up to 120 s",
    );
    expect(progressLine({ kind: "ask", profile: "Acme dev", app: "argocd", seconds: 60 })).toContain("Allow");
  });

  it("tells answers and progress from anything else", () => {
    expect(isAnswer(given)).toBe(true);
    expect(isAnswer({ ok: true, token: 1 })).toBe(false);
    expect(isAnswer({ ok: false })).toBe(false);
    expect(isAnswer(null)).toBe(false);
    expect(isProgress({ kind: "ask" })).toBe(true);
    expect(isProgress({ kind: "token" })).toBe(false);
  });
});
