// The shapes a Success page may take. The real page (Ping's own tests read it so) has a heading
// "Authentication Successful!!" and the token as the text of #id-token, with a Copy Token button; the
// others cover every way the capture script must cope with, and the inputs it must refuse.

export const SUCCESS_SHAPES = [
  "id-token",
  "textarea",
  "input",
  "data-attribute",
  "inline-script",
  "wbr",
  "soft-wrap",
  "late",
] as const;
/** Shapes that hold no usable token, or one only the Copy Token click reveals. */
export const SPECIAL_SHAPES = ["copy-only", "malformed", "huge", "large-non-success", "no-token"] as const;
export type SuccessShape = (typeof SUCCESS_SHAPES)[number] | (typeof SPECIAL_SHAPES)[number];

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const reversed = (s: string) => s.split("").reverse().join("");
const chunks = (s: string, size: number) => s.match(new RegExp(`.{1,${size}}`, "g")) ?? [];

const COPY_FROM_VARIABLE = `<button id="copy" type="button">Copy Token</button>
<script>document.getElementById("copy").onclick = () => navigator.clipboard.writeText(token).catch(() => {});</script>`;

function body(shape: SuccessShape, token: string): string {
  const t = escapeHtml(token);
  switch (shape) {
    case "id-token":
      return `<div id="id-token">${t}</div><button type="button" onclick="navigator.clipboard.writeText(document.getElementById('id-token').innerText)">Copy Token</button>`;
    case "textarea":
      return `<textarea id="token" rows="8" cols="80" readonly>${t}</textarea>
<button type="button" onclick="navigator.clipboard.writeText(document.getElementById('token').value)">Copy Token</button>`;
    case "input":
      return `<input type="hidden" id="token" value="${t}"><button type="button">Copy Token</button>`;
    case "data-attribute":
      return `<p>Your token is ready.</p><button type="button" data-clipboard-text="${t}">Copy Token</button>`;
    case "inline-script":
      return `<p>Your token is ready.</p><script>const token = ${JSON.stringify(token)};</script>${COPY_FROM_VARIABLE}`;
    case "wbr":
      return `<p class="token">${chunks(t, 32)
        .map((c, i) => (i % 2 ? `<span>${c}</span>` : c))
        .join("<wbr>")}</p><button type="button">Copy Token</button>`;
    case "soft-wrap":
      return `<p class="token">${chunks(t, 24).join("\u200b")}</p><button type="button">Copy Token</button>`;
    case "late":
      // As if fetched after load: the token is nowhere in the page's source, only in what it renders later.
      return `<div id="slot">Loading…</div>
<script>setTimeout(() => {
  window.tokenInsertedAt = performance.timeOrigin + performance.now(); // read by npm run bench
  const pre = document.createElement("pre");
  pre.textContent = ${JSON.stringify(reversed(token))}.split("").reverse().join("");
  document.getElementById("slot").replaceChildren(pre, Object.assign(document.createElement("button"), { textContent: "Copy Token" }));
}, 500);</script>`;
    case "copy-only":
      // The token never enters the DOM except for the moment of the copy, the execCommand way.
      return `<p>Your token is ready.</p><button id="copy" type="button">Copy Token</button>
<script>{ const token = ${JSON.stringify(reversed(token))}.split("").reverse().join("");
document.getElementById("copy").onclick = () => {
  const field = document.createElement("textarea");
  field.value = token; document.body.append(field); field.select(); document.execCommand("copy"); field.remove();
}; }</script>`;
    case "malformed": {
      const [header, , signature] = token.split(".");
      const payload = Buffer.from('{"sub":"ann", oops').toString("base64url");
      return `<textarea readonly>${header}.${payload}.${signature}</textarea><button type="button">Copy Token</button>`;
    }
    case "no-token":
      return `<p>You are signed in, but this page shows no token.</p>`;
    case "large-non-success": {
      // A big page of an admin console: several MB of DOM and no token (npm run bench).
      const row =
        "<tr><td>pingfederate-admin</td><td>adapter</td><td>enabled</td><td>A description of this row.</td></tr>";
      return `<table>${row.repeat(40_000)}</table>`;
    }
    case "huge": {
      // Three base64url runs of a third of a megabyte each: one JWT-shaped string of 1 MB.
      const run = "eyJ".concat("A".repeat(349_525));
      return `<textarea readonly>${run}.${run}.${run}</textarea><p>${run}</p><button type="button">Copy Token</button>`;
    }
  }
}

export function successPage(shape: SuccessShape, token: string, app: string): string {
  const heading = shape === "id-token" ? "<h2>Authentication Successful!!</h2>" : "<h1>Success</h1>";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Success</title></head>
<body>${heading}<p>You are signed in to ${escapeHtml(app)}.</p>${body(shape, token)}</body></html>`;
}

/** P1AS's answer to an account without the needed roles, in place of the Success page (HTTP 403). */
export const REFUSAL = {
  detail:
    "Access token is missing required scopes. Required scopes: all-tls-admin dev-tls-admin. Provided scopes: .",
};

export function signOnPage(query: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign On</title></head>
<body><h1>Sign On</h1><form method="post" action="/as/authorization.oauth2?${escapeHtml(query)}">
<label>Username <input name="username" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Submit</button></form></body></html>`;
}

export function page(title: string, html: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${html}</body></html>`;
}
