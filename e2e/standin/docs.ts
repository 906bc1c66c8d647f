// The API docs as P1AS serves them: Swagger UI at /docs with the spec at /api/v1/openapi.json, here with
// the real swagger-ui-dist in each major (npm aliases), in the variants the extension must cope with.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";

export type SwaggerMajor = 3 | 4 | 5;
export type SpecKind = "oas3-bearer" | "swagger2-apikey" | "both";

export interface DocsVariant {
  major: SwaggerMajor;
  spec: SpecKind;
  /** Whether the page keeps Swagger UI's object in window.ui, as the stock index.html does. */
  windowUi: boolean;
  /** Delay before the spec is served: a spec that loads late. */
  specDelayMs: number;
  /** Offer a second spec in the top bar's selector (a spec swap). */
  withSelector: boolean;
  /** A page the docs frame below Swagger UI (for the framing tests); only a top-level docs page frames it,
   * so docs framed in docs do not nest further. */
  frame?: string;
}

export const DEFAULT_DOCS: DocsVariant = {
  major: 5,
  spec: "oas3-bearer",
  windowUi: true,
  specDelayMs: 0,
  withSelector: false,
};

const require = createRequire(import.meta.url);
const PACKAGE_DIRS: Record<SwaggerMajor, string> = {
  3: dirname(require.resolve("swagger-ui-dist-3/package.json")),
  4: dirname(require.resolve("swagger-ui-dist-4/package.json")),
  5: dirname(require.resolve("swagger-ui-dist/package.json")),
};
const TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };

/** A file of the chosen Swagger UI major, or null. */
export async function swaggerAsset(
  major: SwaggerMajor,
  file: string,
): Promise<{ body: Buffer; type: string } | null> {
  if (!/^[a-z0-9.-]+$/.test(file) || !TYPES[extname(file)]) return null;
  try {
    return { body: await readFile(join(PACKAGE_DIRS[major], file)), type: TYPES[extname(file)] ?? "" };
  } catch {
    return null;
  }
}

export function docsPage(v: DocsVariant): string {
  const config = v.withSelector
    ? `urls: [{ url: "/api/v1/openapi.json", name: "Platform API" }, { url: "/api/v1/openapi-alt.json", name: "Other API" }]`
    : `url: "/api/v1/openapi.json"`;
  const create = `SwaggerUIBundle({ ${config}, dom_id: "#swagger-ui", deepLinking: false, validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout" })`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>P1AS API docs</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><button type="button" id="get-token" onclick="window.open('/api/v1/auth/login')">Get Token</button>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script>${v.windowUi ? `window.ui = ${create};` : `{ const ui = ${create}; }`}</script>
${
  v.frame
    ? `<script>if (window === top) document.body.append(Object.assign(document.createElement("iframe"),
  { title: "framed", src: ${JSON.stringify(v.frame)}, width: 1000, height: 600 }));</script>`
    : ""
}
</body></html>`;
}

const WHOAMI = {
  get: {
    summary: "Who am I",
    operationId: "whoami",
    responses: { "200": { description: "The caller's claims" }, "401": { description: "No valid token" } },
  },
};

/** The spec for the variant; `alternative` is the second spec of the selector, with another scheme name. */
export function spec(kind: SpecKind, alternative = false): unknown {
  if (kind === "swagger2-apikey") {
    return {
      swagger: "2.0",
      info: { title: "P1AS Platform API (Swagger 2.0)", version: "1" },
      basePath: "/api/v1",
      schemes: ["https"],
      securityDefinitions: {
        Authorization: { type: "apiKey", in: "header", name: "Authorization" },
        basicAuth: { type: "basic" },
      },
      security: [{ Authorization: [] }],
      paths: { "/whoami": WHOAMI },
    };
  }
  const bearer = { type: "http", scheme: "bearer", bearerFormat: "JWT" };
  const apiKey = { type: "apiKey", in: "header", name: "Authorization" };
  const schemes: Record<string, unknown> =
    kind === "both"
      ? {
          bearerAuth: bearer,
          apiKeyAuth: apiKey,
          queryKey: { type: "apiKey", in: "query", name: "access_token" },
          basicAuth: { type: "http", scheme: "basic" },
          oauth: {
            type: "oauth2",
            flows: { clientCredentials: { tokenUrl: "https://auth.pingone.com/x/as/token", scopes: {} } },
          },
        }
      : { [alternative ? "jwt" : "bearerAuth"]: bearer };
  return {
    openapi: "3.0.3",
    info: { title: alternative ? "Other API" : "P1AS Platform API", version: "1" },
    servers: [{ url: "/api/v1" }],
    components: { securitySchemes: schemes },
    security: Object.keys(schemes)
      .filter((name) => name !== "queryKey" && name !== "basicAuth" && name !== "oauth")
      .map((name) => ({ [name]: [] })),
    paths: { "/whoami": WHOAMI },
  };
}
