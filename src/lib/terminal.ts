// What the terminal (the `p1as-token` command, through the native-messaging host) may ask, and which
// token, if any, it gets. The same rules as everywhere: a token only within its own profile and
// application, never an expired one (chooseToken), and only from a profile whose Terminal access is on.
// Pure: the background feeds it storage and the policy, and carries out what it decides.
import { chooseToken } from "./docs-target";
import { APPLICATIONS, type Application, type Profile, profileDomain, profileLabel } from "./profile";
import { boolean, type Infer, integer, object, oneOf, optional, parse, string } from "./schema";
import type { StoredToken } from "./state";

export const TERMINAL_ACCESS = ["off", "ask", "allow"] as const;
export type TerminalAccess = (typeof TERMINAL_ACCESS)[number];
export const isTerminalAccess = (v: unknown): v is TerminalAccess => TERMINAL_ACCESS.some((a) => a === v);

/** The native-messaging host's name (cli/locations.js HOST_NAME). */
export const TERMINAL_HOST = "p1as_token_capture";

const request = object({
  kind: oneOf(["token", "list"]),
  profile: optional(string(200)),
  app: optional(oneOf(APPLICATIONS)),
  signIn: optional(boolean),
});
export type TerminalRequest = Infer<typeof request>;

/** What the host sends: a request of the command's, a command that gave up, or that it is listening. */
const fromHost = object({ id: integer(1, Number.MAX_SAFE_INTEGER), request });
const cancelled = object({ id: integer(1, Number.MAX_SAFE_INTEGER), cancel: boolean });
export type HostMessage =
  | { kind: "request"; id: number; request: TerminalRequest }
  | { kind: "cancel"; id: number }
  | { kind: "ready" };

export function parseHostMessage(input: unknown): HostMessage | null {
  if (typeof input === "object" && input !== null && (input as { ready?: unknown }).ready === true) {
    return { kind: "ready" };
  }
  const asked = parse(fromHost, input) as Infer<typeof fromHost> | null;
  if (asked) return { kind: "request", id: asked.id, request: asked.request };
  const gone = parse(cancelled, input) as Infer<typeof cancelled> | null;
  return gone ? { kind: "cancel", id: gone.id } : null;
}

export type RefusalReason =
  | "noValidToken"
  | "accessOff"
  | "refused"
  | "ambiguous"
  | "unknownProfile"
  | "badRequest";
export interface Pair {
  profile: string;
  domain: string;
  app: Application;
}
export type Refusal = {
  ok: false;
  reason: RefusalReason;
  choices?: Pair[];
  profile?: string;
  app?: Application;
};

export type Decision =
  | { kind: "list"; entries: (Pair & { access: "ask" | "allow"; valid: boolean; exp: number | null })[] }
  | { kind: "give"; token: StoredToken; profile: Profile; ask: boolean }
  | { kind: "signIn"; profile: Profile; app: Application; ask: boolean }
  | { kind: "refuse"; refusal: Refusal };

export interface TerminalFacts {
  profiles: readonly Profile[];
  access: Readonly<Record<string, TerminalAccess>>;
  /** Enterprise policy turned terminal access off for everyone. */
  policyOff: boolean;
  tokens: readonly StoredToken[];
  now: number;
}

export const pairOf = (profile: Profile, app: Application): Pair => ({
  profile: profileLabel(profile),
  domain: profileDomain(profile),
  app,
});

/** The profile the user named: by display name, label, or domain (with or without `.ping.cloud`). */
export function profileNamed<P extends Profile>(profiles: readonly P[], name: string): P | null {
  const wanted = name.trim().toLowerCase();
  return (
    profiles.find((p) =>
      [p.name, profileLabel(p), profileDomain(p)].some((n) => n.toLowerCase() === wanted),
    ) ?? null
  );
}

const accessOf = (facts: TerminalFacts, profile: Profile): TerminalAccess =>
  facts.policyOff ? "off" : (facts.access[profile.id] ?? "off");

export function decideTerminal(facts: TerminalFacts, req: TerminalRequest): Decision {
  const refuse = (refusal: Omit<Refusal, "ok">): Decision => ({
    kind: "refuse",
    refusal: { ok: false, ...refusal },
  });
  const open = facts.profiles.filter((p) => accessOf(facts, p) !== "off");
  let profiles = open;
  if (req.profile !== undefined) {
    // A profile whose access is off is named as such: the user knows it; the terminal learns only "off".
    const named = profileNamed(facts.profiles, req.profile);
    if (!named) return refuse({ reason: "unknownProfile", profile: req.profile });
    if (accessOf(facts, named) === "off")
      return refuse({ reason: "accessOff", profile: profileLabel(named) });
    profiles = [named];
  }
  if (profiles.length === 0) return refuse({ reason: "accessOff" });
  const apps = req.app ? [req.app] : APPLICATIONS;
  const valid = profiles.flatMap((profile) =>
    apps.flatMap((app) => {
      const token = chooseToken(facts.tokens, profile.id, app, facts.now);
      return token ? [{ profile, app, token }] : [];
    }),
  );
  if (req.kind === "list") {
    return {
      kind: "list",
      entries: profiles.flatMap((profile) =>
        apps.map((app) => {
          const token = valid.find((v) => v.profile === profile && v.app === app)?.token;
          return {
            ...pairOf(profile, app),
            access: accessOf(facts, profile) === "ask" ? ("ask" as const) : ("allow" as const),
            valid: token !== undefined,
            exp: token?.exp ?? null,
          };
        }),
      ),
    };
  }
  const [only, ...more] = valid;
  if (only && more.length === 0) {
    return {
      kind: "give",
      token: only.token,
      profile: only.profile,
      ask: accessOf(facts, only.profile) === "ask",
    };
  }
  if (only) return refuse({ reason: "ambiguous", choices: valid.map((v) => pairOf(v.profile, v.app)) });
  const [first, ...others] = profiles;
  const profile = first && others.length === 0 ? first : null;
  const app = req.app ?? profile?.defaultApp ?? "self-service";
  if (profile && req.signIn) return { kind: "signIn", profile, app, ask: accessOf(facts, profile) === "ask" };
  // A sign-in needs one profile: with several open, the command must name one.
  if (req.signIn) {
    return refuse({
      reason: "ambiguous",
      choices: profiles.map((p) => pairOf(p, req.app ?? p.defaultApp ?? "self-service")),
    });
  }
  return refuse({
    reason: "noValidToken",
    ...(profile ? { profile: profileLabel(profile) } : {}),
    ...(req.app ? { app: req.app } : {}),
  });
}
