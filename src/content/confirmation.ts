// A small notice in the page's corner saying what was captured. It holds only the application, the
// profile and the expiry, never the token; it sits in a shadow root so the page's styles cannot break it.

import type { CaptureResponse } from "../lib/capture-protocol";
import { describeExpiry } from "../lib/expiry";
import { t } from "../lib/i18n";

const VISIBLE_MS = 8000;

const STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
div { display: flex; gap: 10px; align-items: center; max-width: 420px; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.4 system-ui, sans-serif; color: #fff; background: #1f2328; box-shadow: 0 4px 16px #0004; }
div.error { background: #8c1c24; }
button { all: unset; cursor: pointer; padding: 0 4px; font-size: 16px; line-height: 1; }
button:focus-visible { outline: 2px solid #fff; }
`;

export function noticeText(result: CaptureResponse, now: number): string {
  if (!result.ok) return result.error;
  return t("captureDone", result.app, result.profile, describeExpiry(result.exp, now));
}

export function showConfirmation(result: CaptureResponse): void {
  const host = document.createElement("p1as-token-capture");
  const shadow = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = STYLE;
  const box = document.createElement("div");
  box.setAttribute("role", "status");
  if (!result.ok) box.className = "error";
  const text = document.createElement("span");
  text.textContent = noticeText(result, Date.now());
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "×";
  close.setAttribute("aria-label", t("captureDismiss"));
  close.addEventListener("click", () => host.remove());
  box.append(text, close);
  shadow.append(style, box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), VISIBLE_MS);
}
