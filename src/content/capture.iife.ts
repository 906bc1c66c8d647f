// Runs on https://*.ping.cloud/* pages, but reads a page only on the self-service API host, where P1AS
// shows its Success page, and only in the document that this tab's own sign-in landed on (the background
// follows the sign-in and answers from the browser's facts). Finds the token (at once, then in content the
// page renders late, for a bounded time, and on a Copy Token click as a last resort), sends it once, and
// shows what the background made of it. A page with no token (P1AS's refusal, or none we can find) is
// reported so that the popup can say what happened.
import { MAX_DETAIL } from "../lib/capture-protocol";
import { send } from "../lib/send";
import { showConfirmation } from "./confirmation";
import { findTokenIn, tokenInText } from "./find-token";

/** How long to watch for a token the page renders late. */
const WATCH_MS = 15_000;

function startCapture(): void {
  let done = false;
  const stop = new AbortController();

  const report = (token: string | null) => {
    if (done || !token) return;
    done = true;
    stop.abort();
    observer.disconnect();
    if (isApiDocs()) return;
    // A rejection means this page outlived its extension (reloaded or updated): nothing to tell the page.
    send("capture", { token })
      .then(showConfirmation)
      .catch(() => undefined);
  };

  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node instanceof Element) report(findTokenIn(node));
        else if (node instanceof Text) report(tokenInText(node.data));
      }
      if (mutation.type === "characterData" && mutation.target instanceof Text)
        report(tokenInText(mutation.target.data));
      if (mutation.type === "attributes" && mutation.target instanceof Element) {
        report(tokenInText(mutation.target.getAttribute(mutation.attributeName ?? "") ?? ""));
      }
    }
  });

  // Last resort: the page's own Copy Token. A page that copies through a temporary selected field (the
  // execCommand way) exposes the token in the selection during the copy event; a page that reveals the
  // token on click shows it in the DOM right after a click
  // on its copy button (other clicks cost nothing).
  document.addEventListener(
    "copy",
    () => {
      const active = document.activeElement;
      const field =
        active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active.value : "";
      report(tokenInText(`${document.getSelection()?.toString() ?? ""} ${field}`));
    },
    { capture: true, signal: stop.signal },
  );
  document.addEventListener(
    "click",
    (event) => {
      const button =
        event.target instanceof Element ? event.target.closest("button, a, [role=button]") : null;
      if (/copy/i.test(button?.textContent ?? ""))
        setTimeout(() => report(findTokenIn(document.documentElement)));
    },
    { capture: true, signal: stop.signal },
  );

  report(findTokenIn(document.documentElement));
  if (done) return;
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
  setTimeout(() => {
    observer.disconnect();
    if (!done) reportNone(null);
  }, WATCH_MS);
}

const reportNone = (detail: string | null) => void send("captureNone", { detail }).catch(() => undefined);

/** P1AS's JSON answer in place of a Success page (`{"detail": "…"}`): its text, or null. */
function refusalDetail(): string | null {
  if (!document.contentType.includes("json")) return null;
  try {
    const answer: unknown = JSON.parse(
      document.querySelector("pre")?.textContent ?? document.body.textContent ?? "",
    );
    const detail = (answer as { detail?: unknown } | null)?.detail;
    return typeof detail === "string" ? detail.slice(0, MAX_DETAIL) : null;
  } catch {
    return null;
  }
}

function readLandedPage(): void {
  if (isApiDocs()) return;
  const detail = refusalDetail();
  if (detail !== null) reportNone(detail);
  else startCapture();
}

/** API docs (Swagger UI) live on the same host and show tokens too, once authorized; they are no Success page. */
const isApiDocs = () => document.querySelector("#swagger-ui, .swagger-ui") !== null;

// Looking costs a scan of the page; asking costs one message, sent while the page still parses. Only a
// tab in which a sign-in is under way can show a Success page worth reading, so every other page
// (however large) is left alone.
if (location.hostname.startsWith("self-service-api.")) {
  const domReady = new Promise<void>((resolve) => {
    if (document.readyState !== "loading") resolve();
    else document.addEventListener("DOMContentLoaded", () => resolve(), { once: true });
  });
  Promise.all([send("captureExpected", {}), domReady])
    .then(([expected]) => expected && readLandedPage())
    .catch(() => undefined);
}
