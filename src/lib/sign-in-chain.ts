// Which document of a tab may be read for a token: only the one that the tab's own sign-in lands on.
// A login URL redirects to the identity provider with an OAuth `state`; the callback that carries that
// same state back (in its URL, or in its form post) leads, through its redirects, to the Success page.
// A site that opened the window can send it anywhere, but it cannot read the state, so it cannot make a
// page of its choosing (a 422 echo, the callback of its own sign-in) look like this sign-in's end.
// Pure: the background feeds it what webRequest reports for the tab's top frame.
import { type Application, isApplication, parseLoginUrl } from "./profile";
import { isRecord } from "./state";

export interface TabLogin {
  /** The self-service host the login URL was on. */
  host: string;
  app: Application;
  /** The state the login sent to the identity provider; null until its redirect was seen. */
  state: string | null;
  /** The webRequest request the stage follows: the login's, then the callback's. */
  requestId: string;
  stage: "login" | "callback" | "landed";
  /** Where the callback's redirects ended, and the HTTP status there (stage "landed"). */
  url: string | null;
  status: number | null;
}

export type ChainEvent =
  /** A top-frame request is about to be sent (also each hop of a redirect chain). */
  | { kind: "request"; requestId: string; url: string; formState: string | null }
  /** A request was redirected. */
  | { kind: "redirect"; requestId: string; redirectUrl: string }
  /** The final response of a request started. */
  | { kind: "response"; requestId: string; url: string; status: number }
  | { kind: "error"; requestId: string };

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
};

const stateOf = (url: string): string | null => {
  try {
    return new URL(url).searchParams.get("state");
  } catch {
    return null;
  }
};

/** The tab's sign-in after `event`; undefined when there is none (never was, or it was voided). */
export function nextLogin(login: TabLogin | undefined, event: ChainEvent): TabLogin | undefined {
  if (event.kind === "request") {
    const started = parseLoginUrl(event.url);
    if (started) {
      const { host, app } = started;
      return { host, app, state: null, requestId: event.requestId, stage: "login", url: null, status: null };
    }
    if (!login) return undefined;
    const sameChain = event.requestId === login.requestId;
    if (hostOf(event.url) !== login.host) {
      // The identity provider's pages, while the sign-in is under way; anywhere else after the callback
      // means the tab left the chain.
      return login.stage === "login" ? login : undefined;
    }
    const state = stateOf(event.url) ?? event.formState;
    if (login.stage === "login" && login.state !== null && state === login.state) {
      return { ...login, stage: "callback", requestId: event.requestId };
    }
    // A hop of the login's or the callback's own redirects; any other request on the host voids the
    // sign-in (a page of someone else's choosing, a callback with another state).
    const ownHop = sameChain && (login.stage === "callback" || (login.stage === "login" && !login.state));
    return ownHop ? login : undefined;
  }
  if (!login || event.requestId !== login.requestId) return login;
  if (event.kind === "redirect") {
    // The login's redirect to the identity provider carries the state that the callback must bring back.
    if (login.stage === "login" && login.state === null) {
      const state = stateOf(event.redirectUrl);
      return state ? { ...login, state } : login;
    }
    return login;
  }
  if (event.kind === "response") {
    return login.stage === "callback"
      ? { ...login, stage: "landed", url: event.url, status: event.status }
      : login;
  }
  return login.stage === "login" ? login : undefined;
}

/** Whether a top-frame document at `pageUrl` is the one the sign-in landed on. */
export function isLandedDocument(login: TabLogin | undefined, pageUrl: string): login is TabLogin {
  if (login?.stage !== "landed" || login.url === null) return false;
  const withoutHash = (url: string) => url.split("#")[0];
  return withoutHash(pageUrl) === withoutHash(login.url);
}

const STAGES: readonly TabLogin["stage"][] = ["login", "callback", "landed"];
const text = (v: unknown, max = 4096): v is string => typeof v === "string" && v.length <= max;
const orNullText = (v: unknown): v is string | null => v === null || text(v);

export function asTabLogin(v: unknown): TabLogin | undefined {
  if (!isRecord(v) || !text(v.host, 253) || !isApplication(v.app) || !text(v.requestId, 100))
    return undefined;
  if (!STAGES.includes(v.stage as TabLogin["stage"]) || !orNullText(v.state) || !orNullText(v.url))
    return undefined;
  if (!(v.status === null || Number.isInteger(v.status))) return undefined;
  const { host, app, state, requestId, url } = v;
  return {
    host,
    app,
    state,
    requestId,
    stage: v.stage as TabLogin["stage"],
    url,
    status: v.status as number | null,
  };
}
