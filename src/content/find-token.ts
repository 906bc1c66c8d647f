// Finds a JWT on a page however the page shows it: a form field's value, a data-* attribute, text (also
// split across elements or broken with soft-wrap characters), or inline script text. Only strings that
// decode as a well-formed JWT count; everything else on the page is ignored.
import { decodeJwt } from "../lib/jwt";

/**
 * Three base64url runs joined by dots; decodeJwt then checks the parts and the length cap. The lookbehind
 * lets a match start only where a run starts: without it a long run with no dot after it is re-scanned
 * from every position inside it, which on a megabyte of text never ends.
 */
const CANDIDATE = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;

/** A text node worth a look: it holds a base64url run at least as long as a part of a candidate. */
const HAS_RUN = /[A-Za-z0-9_-]{8}/;

/** Elements whose text stands apart from their neighbours' when rendered (no layout needed to tell). */
const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BUTTON DD DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HTML LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL".split(
    " ",
  ),
);

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

/**
 * The text of each block that holds a promising text node. A token split across inline elements (<wbr>,
 * <span>) reads whole in its block's textContent, while text of separate blocks is not glued together.
 */
function* blockTexts(root: Element): Iterable<string> {
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let block = node.parentElement;
    if (!block || block.closest("script, style, textarea") || !HAS_RUN.test((node as Text).data)) continue;
    while (!BLOCKS.has(block.tagName) && block.parentElement) block = block.parentElement;
    if (seen.has(block)) continue;
    seen.add(block);
    yield block.textContent ?? "";
  }
}

function* scriptTexts(root: ParentNode): Iterable<string> {
  for (const script of root.querySelectorAll("script:not([src])")) yield script.textContent ?? "";
}

/** Where P1AS's own Success page puts it: the text of #id-token (Ping's own tests read it there). */
function* idTokenText(root: Element): Iterable<string> {
  const element = root.id === "id-token" ? root : root.querySelector("#id-token");
  if (element) yield element.textContent ?? "";
}

/** The first well-formed JWT within `root`, looking where Success pages put it: P1AS's place, then the rest. */
export function findTokenIn(root: Element): string | null {
  if (root instanceof HTMLInputElement || root instanceof HTMLTextAreaElement) return tokenInText(root.value);
  return (
    firstToken(idTokenText(root)) ??
    firstToken(fieldValues(root)) ??
    firstToken(dataAttributes(root)) ??
    firstToken(blockTexts(root)) ??
    firstToken(scriptTexts(root))
  );
}
