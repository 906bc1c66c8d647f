// A local HTTPS stand-in for P1AS, one server dispatching on the Host header, reached by Chromium under
// the real host names through --host-resolver-rules:
//   self-service-api.<domain>  /api/v1/auth/login[/<app>] and /api/v1/login/<app> → 302 to the sign-on
//                              host with an OAuth state (the standard authorization-code flow);
//                              /api/v1/auth/callback?code&state → the Success page, or P1AS's 403 refusal
//                              for an account without roles; /api/v1/* → an API that checks the bearer
//                              token, and answers a bad query with FastAPI's 422 that echoes its input.
//   pingfederate.<domain>      the sign-on form; its POST (or a live sign-on session cookie) → 302 back
//                              with the code and the state it was given.
//   auth.pingone.com           /<envId>/as/token → PingOne's token endpoint (pingone.ts); the API also
//                              accepts its tokens.
//   token-sink.example.test    records every request (where the token endpoint's redirect faults point).
//   anything else              /page?shape=… shows a Success-like page, for origins that must be ignored.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { generate } from "selfsigned";
import { DEFAULT_DOCS, type DocsVariant, docsPage, spec, swaggerAsset } from "./docs";
import { createPingOne, PINGONE_SINK_HOST, type PingOne } from "./pingone";
import { PRETEND_DOCS, type PretendDocs, pretendDocsPage } from "./pretend-docs";
import { page, REFUSAL, type SuccessShape, signOnPage, successPage } from "./success-pages";
import { createIssuer } from "./tokens";

export interface StandIn {
  port: number;
  /** The shape of the next Success page. */
  successShape: SuccessShape;
  tokenLifetimeSeconds: number;
  /** What /docs serves: which Swagger UI, which spec, window.ui or not. */
  docs: DocsVariant;
  /** Every request to the API that carried an Authorization header, with the answer's status. */
  apiCalls: { host: string; authorization: string; status: number }[];
  /** Every token issued, in order. */
  issued: string[];
  /** Requests to a login URL since the last reset. */
  logins: number;
  /** What pages that pretend to be Swagger UI were handed (e2e/standin/pretend-docs.ts). */
  leaks: string[];
  /** An attacker's own sign-in to `app`, finished elsewhere: the callback URL with its code and state. */
  foreignCallback(domain: string, app: string): string;
  /** Ends every sign-on session, as their expiry would: the next login URL shows the sign-on form. */
  endSignOnSessions(): void;
  /** The PingOne token endpoint on auth.pingone.com: its settings and traces. */
  pingOne: PingOne;
  /** Back to the defaults (the real #id-token shape, one-hour tokens, stock docs), no sign-on sessions and no API calls
   * recorded: one test's settings and traces never reach the next. */
  reset(): void;
  close(): Promise<void>;
}

const APPLICATIONS = new Set(["self-service", "pingaccess", "pingfederate", "opensearch", "argocd"]);
const SESSION_COOKIE = "pf_session";

interface Grant {
  domain: string;
  app: string;
  sub: string;
}

/** A user name that stands for an account without P1AS roles: its sign-in ends in P1AS's refusal. */
const WITHOUT_ROLES = /^norole/;

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(body);
}

const redirect = (res: ServerResponse, location: string, headers: Record<string, string> = {}) =>
  send(res, 302, "", { location, ...headers });

async function readBody(req: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of req) body += chunk;
  return body;
}

const readForm = async (req: IncomingMessage) => new URLSearchParams(await readBody(req));

export async function startStandIn(): Promise<StandIn> {
  const issuer = await createIssuer();
  const pingOne = await createPingOne();
  const { private: key, cert } = await generate([{ name: "commonName", value: "*.ping.cloud" }], {
    keySize: 2048,
  });
  const codes = new Map<string, Grant>();
  const sessions = new Map<string, string>();

  const state: Omit<StandIn, "port" | "close" | "reset" | "endSignOnSessions" | "foreignCallback"> = {
    successShape: "id-token",
    tokenLifetimeSeconds: 3600,
    docs: DEFAULT_DOCS,
    apiCalls: [],
    issued: [],
    logins: 0,
    leaks: [],
    pingOne,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? "").replace(/:\d+$/, "");
    if (host === "auth.pingone.com") return pingOne.handle(req, res);
    if (host === PINGONE_SINK_HOST) return pingOne.handleSink(req, res);
    const url = new URL(req.url ?? "/", `https://${host}`);
    const selfService = /^self-service-api\.(.+\.ping\.cloud)$/.exec(host)?.[1];
    const signOn = /^pingfederate\.(.+\.ping\.cloud)$/.exec(host)?.[1];

    if (selfService) {
      const path = /^\/api\/v1\/(?:auth\/)?login(?:\/([a-z-]+))?$/.exec(url.pathname);
      // The bare /api/v1/auth/login signs in to self-service (Ping's own tests use it).
      const login = path ? (path[1] ?? "self-service") : null;
      if (login && APPLICATIONS.has(login)) {
        state.logins++;
        const query = new URLSearchParams({
          client_id: login,
          response_type: "code",
          redirect_uri: `https://${host}/api/v1/auth/callback`,
          state: randomUUID(),
        });
        return redirect(res, `https://pingfederate.${selfService}/as/authorization.oauth2?${query}`);
      }
      // The state is not checked against the browser here: the tests show the extension's own binding,
      // whatever a server does about a callback that another sign-in started.
      if (url.pathname === "/api/v1/auth/callback") {
        const grant = codes.get(url.searchParams.get("code") ?? "");
        if (!grant) return send(res, 400, page("Error", "<h1>Unknown or used code</h1>"));
        codes.delete(url.searchParams.get("code") ?? "");
        if (WITHOUT_ROLES.test(grant.sub)) {
          return send(res, 403, JSON.stringify(REFUSAL), { "content-type": "application/json" });
        }
        const token = await issuer.mint({ ...grant, lifetimeSeconds: state.tokenLifetimeSeconds });
        state.issued.push(token);
        return send(res, 200, successPage(state.successShape, token, grant.app));
      }
      // FastAPI's validation error echoes its input: any page can make this host show a string it chose.
      if (url.pathname === "/api/v1/hostnames" && !/^\d+$/.test(url.searchParams.get("limit") ?? "0")) {
        const input = url.searchParams.get("limit");
        const detail = [
          { type: "int_parsing", loc: ["query", "limit"], msg: "Input should be a valid integer", input },
        ];
        return send(res, 422, JSON.stringify({ detail }), { "content-type": "application/json" });
      }
    }

    // The docs and the API answer on every host (also hosts that are no profile's, for the tests of
    // origins where nothing may be injected).
    if (url.pathname === "/docs" || url.pathname === "/docs/") return send(res, 200, docsPage(state.docs));
    const asset = /^\/docs\/assets\/([^/]+)$/.exec(url.pathname)?.[1];
    if (asset) {
      const file = await swaggerAsset(state.docs.major, asset);
      return file ? send(res, 200, file.body, { "content-type": file.type }) : send(res, 404, "");
    }
    if (url.pathname === "/api/v1/openapi.json" || url.pathname === "/api/v1/openapi-alt.json") {
      if (state.docs.specDelayMs) await new Promise((resolve) => setTimeout(resolve, state.docs.specDelayMs));
      const body = JSON.stringify(spec(state.docs.spec, url.pathname.endsWith("-alt.json")));
      return send(res, 200, body, { "content-type": "application/json" });
    }
    if (url.pathname.startsWith("/api/v1/")) {
      const authorization = req.headers.authorization ?? "";
      const bearer = /^Bearer (.+)$/.exec(authorization)?.[1];
      const claims = bearer ? ((await issuer.verify(bearer)) ?? (await pingOne.verify(bearer))) : null;
      const status = claims ? 200 : 401;
      if (authorization) state.apiCalls.push({ host, authorization, status });
      const body = claims ? { ok: true, sub: claims.sub, groups: claims.groups } : { error: "unauthorized" };
      return send(res, status, JSON.stringify(body), { "content-type": "application/json" });
    }

    if (signOn && url.pathname === "/as/authorization.oauth2") {
      const app = url.searchParams.get("client_id") ?? "";
      const back = url.searchParams.get("redirect_uri") ?? "";
      if (!APPLICATIONS.has(app) || back !== `https://self-service-api.${signOn}/api/v1/auth/callback`) {
        return send(res, 400, page("Error", "<h1>Bad authorization request</h1>"));
      }
      const issue = (sub: string, headers: Record<string, string> = {}) => {
        const code = randomUUID();
        codes.set(code, { domain: signOn, app, sub });
        const callback = `${back}?${new URLSearchParams({ code, state: url.searchParams.get("state") ?? "" })}`;
        redirect(res, callback, headers);
      };
      const session = /(?:^|;\s*)pf_session=([^;]+)/.exec(req.headers.cookie ?? "")?.[1];
      const sessionUser = session ? sessions.get(session) : undefined;
      if (req.method === "POST") {
        const form = await readForm(req);
        const user = form.get("username") || "administrator";
        const id = randomUUID();
        sessions.set(id, user);
        return issue(user, {
          "set-cookie": `${SESSION_COOKIE}=${id}; Path=/; Secure; HttpOnly; SameSite=Lax`,
        });
      }
      if (sessionUser) return issue(sessionUser);
      return send(res, 200, signOnPage(url.searchParams.toString()));
    }

    const pretend = /^\/pretend-docs\/([a-z]+)$/.exec(url.pathname)?.[1];
    if (pretend && pretend in PRETEND_DOCS) return send(res, 200, pretendDocsPage(pretend as PretendDocs));
    if (url.pathname === "/leak" && req.method === "POST") {
      state.leaks.push(await readBody(req));
      return send(res, 204, "");
    }
    if (url.pathname === "/page") {
      const shape = (url.searchParams.get("shape") ?? "textarea") as SuccessShape;
      const token = await issuer.mint({
        domain: host,
        app: "self-service",
        sub: "ann",
        lifetimeSeconds: 3600,
      });
      state.issued.push(token);
      return send(res, 200, successPage(shape, token, "self-service"));
    }
    if (url.pathname === "/frame") {
      const src = url.searchParams.get("src") ?? "";
      return send(
        res,
        200,
        page(
          "Framing page",
          `<iframe title="framed" src="${src.replace(/"/g, "")}" width="1000" height="700"></iframe>`,
        ),
      );
    }
    if (url.pathname === "/favicon.ico") return send(res, 204, "");
    if (url.pathname === "/blank") return send(res, 200, page("Blank", "<p>Blank page.</p>"));
    return send(res, 404, page("Not found", "<h1>Not found</h1>"));
  }

  const server = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, page("Error", String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const standIn: StandIn = Object.assign(state, {
    port: (server.address() as AddressInfo).port,
    reset() {
      state.successShape = "id-token";
      state.tokenLifetimeSeconds = 3600;
      state.docs = DEFAULT_DOCS;
      state.apiCalls = [];
      state.logins = 0;
      state.leaks = [];
      sessions.clear();
      pingOne.reset();
    },
    endSignOnSessions: () => sessions.clear(),
    foreignCallback(domain: string, app: string) {
      const code = randomUUID();
      codes.set(code, { domain, app, sub: "mallory@evil.example" });
      const query = new URLSearchParams({ code, state: randomUUID() });
      return `https://self-service-api.${domain}/api/v1/auth/callback?${query}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        pingOne.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return standIn;
}
