// PingOne's token endpoint for the client-credentials tests: the real oidc-provider OAuth server, mounted
// where PingOne serves it (https://auth.pingone.com/<envId>/as/token) and issuing RS256 JWT access tokens, so
// client authentication, errors and token format follow the standard rather than our reading of it. Faults
// cover what a standard server never does but a network or a proxy in between may.
import type { IncomingMessage, ServerResponse } from "node:http";
import { exportJWK, generateKeyPair, jwtVerify } from "jose";
// @ts-expect-error oidc-provider ships no type declarations: the few members used here are typed below.
import UntypedProvider, { errors } from "oidc-provider";
// The in-memory adapter oidc-provider defaults to, passed explicitly: the default one warns at every start.
// @ts-expect-error untyped, as above.
import { createMemoryAdapter } from "oidc-provider/lib/adapters/memory_adapter.js";

/** The PingOne environment the stand-in serves (a UUID). */
export const PINGONE_ENV_ID = "5a6f4c1e-3b2d-4e8f-9a10-1b2c3d4e5f60";

/** One client per client authentication method. */
export const PINGONE_CLIENTS = {
  basic: { id: "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f1", secret: "basic-7Qm2Vx9Lr4Tz8Kp1Hn6Wd3Sb5Yc0Fg" },
  post: { id: "9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9", secret: "post-3Jh8Nq1Xv6Bw2Ze9Rt4Lk7Mp0Sd5Ga" },
};

/**
 * How the token endpoint behaves for the next requests: network faults oidc-provider cannot show, and a
 * redirect (307 or 308, which keep the method and body) to the sink host, as a hijacked proxy might send.
 */
export type PingOneFault =
  | "none"
  | "hang"
  | "reset"
  | "non-json"
  | "no-token"
  | "redirect-307"
  | "redirect-308";

/** Where the redirect faults send the token request: a host of nobody's that records whatever reaches it. */
export const PINGONE_SINK_HOST = "token-sink.example.test";

/** A request as the sink host received it: everything a client secret could travel in. */
export interface SinkRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface PingOne {
  /** Handles a request whose Host is auth.pingone.com (any path); answers 404 outside /<envId>/as/. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  fault: PingOneFault;
  /** Access tokens issued so far, in order. */
  issued: string[];
  /** Requests that reached /<envId>/as/token, whatever the answer. */
  tokenRequests: number;
  /** Answers every request whose Host is the sink host, after recording it in `sinkRequests`. */
  handleSink(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Every request that reached the sink host. */
  sinkRequests: SinkRequest[];
  /** Lifetime in seconds of the next access tokens (default 3600). */
  tokenLifetimeSeconds: number;
  /** The claims of a valid access token issued here, else null (for the stand-in API). */
  verify(token: string): Promise<Record<string, unknown> | null>;
  /** Back to defaults: fault "none", lifetime 3600, counters, issued list and sink requests emptied. */
  reset(): void;
  /** Ends hanging requests. */
  close(): void;
}

interface KoaContext {
  path: string;
  status: number;
  body: unknown;
  headers: IncomingMessage["headers"];
  oidc: { requestParamScopes: Set<string>; client: { clientAuthMethod: string } };
}
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
}
const Provider: new (issuer: string, configuration: object) => Provider = UntypedProvider;
const InvalidScope: new (description: string, scope: string) => Error = errors.InvalidScope;
const InvalidClientAuth: new (detail: string) => Error = errors.InvalidClientAuth;

const HOST = "auth.pingone.com";
const MOUNT = `/${PINGONE_ENV_ID}/as`;
const ISSUER = `https://${HOST}${MOUNT}`;
const AUDIENCE = "https://api.pingone.test";
const SCOPES = ["p1as:read", "p1as:write"];

export async function createPingOne(): Promise<PingOne> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const hanging = new Set<ServerResponse>();

  const client = (id: string, secret: string, method: string) => ({
    client_id: id,
    client_secret: secret,
    token_endpoint_auth_method: method,
    grant_types: ["client_credentials"],
    response_types: [],
    redirect_uris: [],
    scope: SCOPES.join(" "),
  });
  const provider = new Provider(ISSUER, {
    clients: [
      client(PINGONE_CLIENTS.basic.id, PINGONE_CLIENTS.basic.secret, "client_secret_basic"),
      client(PINGONE_CLIENTS.post.id, PINGONE_CLIENTS.post.secret, "client_secret_post"),
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: "pingone-standin", alg: "RS256", use: "sig" }] },
    adapter: createMemoryAdapter(),
    scopes: SCOPES,
    routes: { token: "/token" },
    // Read per request, so a test changes the lifetime of the very next token.
    ttl: { ClientCredentials: () => pingOne.tokenLifetimeSeconds },
    // The extension's service worker sends its chrome-extension:// Origin, which oidc-provider refuses by
    // default for confidential clients; PingOne answers (CORS is the browser's business; extensions skip it).
    clientBasedCORS: () => true,
    features: {
      // No end-user sign-in here; left on, it would also warn at every start.
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      // Only a resource server's tokens can be JWTs; every client-credentials request gets this one.
      resourceIndicators: {
        enabled: true,
        defaultResource: () => AUDIENCE,
        useGrantedResource: () => true,
        // Called on every token request once the client is authenticated, hence two PingOne checks that
        // oidc-provider leaves out: it drops unknown scopes instead of refusing them, and takes a client's
        // secret from the header or the body alike where PingOne takes it only as the application says.
        getResourceServerInfo: (ctx: KoaContext) => {
          const unknown = [...ctx.oidc.requestParamScopes].find((scope) => !SCOPES.includes(scope));
          if (unknown) throw new InvalidScope("requested scope is not allowed", unknown);
          const basic = ctx.headers.authorization !== undefined;
          if (basic !== (ctx.oidc.client.clientAuthMethod === "client_secret_basic")) {
            throw new InvalidClientAuth("unsupported authentication method");
          }
          return {
            scope: SCOPES.join(" "),
            audience: AUDIENCE,
            accessTokenFormat: "jwt",
            jwt: { sign: { alg: "RS256" } },
          };
        },
      },
    },
  });
  // The raw JWT is only seen in the token response: the issue events carry the token model, not its value.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === "/token" && ctx.status === 200) {
      pingOne.issued.push((ctx.body as { access_token: string }).access_token);
    }
  });
  const callback = provider.callback();

  const pingOne: PingOne = {
    fault: "none",
    issued: [],
    tokenRequests: 0,
    tokenLifetimeSeconds: 3600,
    sinkRequests: [],
    async handleSink(req, res) {
      let body = "";
      for await (const chunk of req) body += chunk;
      pingOne.sinkRequests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      // CORS allowed, so that a request that followed the redirect gets this answer rather than a network
      // error: what a sink that wants to be mistaken for PingOne would do.
      res.writeHead(200, {
        "content-type": "application/json",
        "access-control-allow-origin": req.headers.origin ?? "*",
      });
      res.end('{"error":"sink"}');
    },
    async handle(req, res) {
      const path = new URL(req.url ?? "/", ISSUER).pathname;
      if (!path.startsWith(`${MOUNT}/`)) {
        res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not_found"}');
        return;
      }
      if (path === `${MOUNT}/token`) {
        pingOne.tokenRequests++;
        if (req.method === "POST" && pingOne.fault === "hang") {
          hanging.add(res);
          res.on("close", () => hanging.delete(res));
          return;
        }
        // The connection cut without an answer: what an unreachable or refusing host looks like to fetch.
        if (req.method === "POST" && pingOne.fault === "reset") {
          req.socket.destroy();
          return;
        }
        if (req.method === "POST" && pingOne.fault === "non-json") {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          res.end("<!doctype html><title>Gateway</title><p>Please sign in to the network.</p>");
          return;
        }
        if (req.method === "POST" && pingOne.fault === "no-token") {
          res.writeHead(200, { "content-type": "application/json" }).end('{"token_type":"Bearer"}');
          return;
        }
        const redirect = /^redirect-(30[78])$/.exec(pingOne.fault)?.[1];
        if (req.method === "POST" && redirect) {
          res.writeHead(Number(redirect), { location: `https://${PINGONE_SINK_HOST}${path}` }).end();
          return;
        }
      }
      // oidc-provider builds its URLs (discovery, expected audiences) from Host, where Chromium adds the
      // port, and from its mount path: the part of originalUrl before url, here the /<envId>/as prefix.
      req.headers.host = HOST;
      Object.assign(req, { originalUrl: req.url, url: req.url?.slice(MOUNT.length) });
      await callback(req, res);
    },
    async verify(token) {
      try {
        const options = { issuer: ISSUER, audience: AUDIENCE, algorithms: ["RS256"], typ: "at+jwt" };
        return (await jwtVerify(token, publicKey, options)).payload;
      } catch {
        return null;
      }
    },
    reset() {
      pingOne.fault = "none";
      pingOne.tokenLifetimeSeconds = 3600;
      pingOne.tokenRequests = 0;
      pingOne.issued = [];
      pingOne.sinkRequests = [];
    },
    close() {
      for (const res of hanging) res.destroy();
    },
  };
  return pingOne;
}
