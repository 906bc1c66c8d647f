// Finds a JWT on a page however the page shows it: a form field's value, a data-* attribute, text (also
// split across elements or broken with soft-wrap characters), or inline script text. Only strings that
// decode as a well-formed JWT count; everything else on the page is ignored.
import { decodeJwt } from "../lib/jwt";

/** Three base64url runs joined by dots; decodeJwt then checks the parts and the length cap. */
const CANDIDATE = /[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;

/** Zero-width space, soft hyphen and word joiner: pages insert them so a long token wraps. */
const SOFT_BREAKS = /[\u200b\u00ad\u2060]/g;

export function tokenInText(text: string): string | null {
  for (const pass of [text.replace(SOFT_BREAKS, ""), text.replace(/\s+/g, "")]) {
    for (const match of pass.matchAll(CANDIDATE)) if (decodeJwt(match[0]).ok) return match[0];
  }
  return null;
}

function firstToken(texts: Iterable<string>): string | null {
  for (const text of texts) {
    const token = tokenInText(text);
    if (token) return token;
  }
  return null;
}

function* fieldValues(root: ParentNode): Iterable<string> {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")) {
    yield field.value;
  }
}

function* dataAttributes(root: Element): Iterable<string> {
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of element.attributes) if (attribute.name.startsWith("data-")) yield attribute.value;
  }
}

function* scriptTexts(root: ParentNode): Iterable<string> {
  for (const script of root.querySelectorAll("script:not([src])")) yield script.textContent ?? "";
}

/** The first well-formed JWT within `root`, looking where Success pages put it, most visible first. */
export function findTokenIn(root: Element): string | null {
  if (root instanceof HTMLInputElement || root instanceof HTMLTextAreaElement) return tokenInText(root.value);
  return (
    firstToken(fieldValues(root)) ??
    firstToken(dataAttributes(root)) ??
    tokenInText(root.textContent ?? "") ??
    firstToken(scriptTexts(root))
  );
}
