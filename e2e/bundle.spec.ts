// What each built extension may contain, read from dist/ and dist-firefox/ with no browser: no code made
// from strings, no code from elsewhere, no HTML written from data, and the manifest the source declares.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { filesUnder } from "../scripts/files-under";
import { manifestFor, TARGETS } from "../src/manifest";
import { BUILDS } from "./support/launch";

const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: "eval", pattern: /\beval\s*\(/g },
  { name: "new Function", pattern: /\bnew\s+Function\b/g },
  { name: "Function constructor", pattern: /(?<![\w$.])Function\s*\(/g },
  { name: "a constructor called with code", pattern: /\.constructor\s*\(\s*[`'"]/g },
  { name: "a timer given a string", pattern: /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/g },
  { name: "a remote script tag", pattern: /<script[^>]*\bsrc\s*=\s*[`'"]?(?:[a-z][\w+.-]*:)?\/\//gi },
  { name: "importScripts", pattern: /\bimportScripts\s*\(/g },
  {
    name: "a dynamic import of anything but a relative path",
    pattern: /\bimport\s*\(\s*(?![`'"]\.{1,2}\/)/g,
  },
  { name: "a static import from a URL", pattern: /\b(?:from|import)\s*[`'"](?:[a-z][\w+.-]*:|\/\/)/g },
  { name: "document.write", pattern: /\bdocument\.write(?:ln)?\s*\(/g },
  { name: "an HTML assignment", pattern: /\.(?:innerHTML|outerHTML|srcdoc)\s*=(?!=)/g },
  { name: "insertAdjacentHTML", pattern: /\binsertAdjacentHTML\s*\(/g },
  { name: "createContextualFragment", pattern: /\bcreateContextualFragment\s*\(/g },
];

/**
 * Hits in third-party code, each allowed by its shape (the minifier renames variables from one build to
 * the next, so identifiers are matched as \w+). A new hit, or a changed one after an upgrade, fails until
 * someone reads it and adds it here with the reason.
 */
const ALLOWED: { file: RegExp; shape: RegExp; why: string }[] = [
  {
    file: /^assets\/[\w.-]+\.js$/,
    shape: /\(\w+\.innerHTML=\w+\.__html\)/g,
    why: "Preact 10's diffElementNodes applying dangerouslySetInnerHTML, which our code never passes (Biome's noDangerouslySetInnerHtml is an error)",
  },
  {
    file: /^assets\/[\w.-]+\.js$/,
    shape: /\w+&&\(\w+\.innerHTML=``\)/g,
    why: "Preact 10's diffElementNodes emptying an element whose previous render had dangerouslySetInnerHTML",
  },
];

const allowedAt = (file: string, text: string, index: number, length: number) =>
  ALLOWED.find(({ file: pattern, shape }) => {
    if (!pattern.test(file)) return false;
    for (const match of text.matchAll(shape)) {
      if (match.index <= index && index + length <= match.index + match[0].length) return true;
    }
    return false;
  });

for (const target of TARGETS) {
  const dist = BUILDS[target];
  const read = (file: string) => readFileSync(join(dist, file), "utf8");

  test.describe(`the ${target} build`, () => {
    test.beforeAll(() => {
      expect(existsSync(join(dist, "manifest.json")), "run `npm run build` first").toBe(true);
    });

    test("no script makes code from strings, loads code from elsewhere, or writes HTML", () => {
      const hits: string[] = [];
      const used = new Set<(typeof ALLOWED)[number]>();
      const scripts = filesUnder(dist).filter((f) => /\.m?js$/.test(f));
      expect(scripts.length).toBeGreaterThan(0);
      for (const file of scripts) {
        const text = read(file);
        for (const { name, pattern } of FORBIDDEN) {
          for (const match of text.matchAll(pattern)) {
            const entry = allowedAt(file, text, match.index, match[0].length);
            if (entry) used.add(entry);
            else
              hits.push(`${file}: ${name}: …${text.slice(Math.max(0, match.index - 60), match.index + 60)}…`);
          }
        }
      }
      expect(hits, "move this out of our code, or allow-list a vendored hit by its shape").toEqual([]);
      const stale = ALLOWED.filter((entry) => !used.has(entry)).map((entry) => String(entry.shape));
      expect(stale, "an allow-list entry that no longer matches anything must go").toEqual([]);
    });

    test("HTML pages load only the extension's own files, and no inline script or handler", () => {
      const pages = filesUnder(dist).filter((f) => f.endsWith(".html"));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const html = read(page);
        for (const [, attrs = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
          expect(attrs, `${page}: a script without src is inline`).toMatch(/\bsrc\s*=/i);
          expect(body.trim(), `${page}: inline script`).toBe("");
        }
        for (const [, url = ""] of html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) {
          expect(url, `${page}: loads ${url} from elsewhere`).not.toMatch(/^(?:[a-z][\w+.-]*:|\/\/)/i);
        }
        expect(html, `${page}: inline event handler`).not.toMatch(/<[^>]*\son\w+\s*=/i);
      }
    });

    test("its manifest declares what src/manifest.ts declares, and no web_accessible_resources", () => {
      const built = JSON.parse(read("manifest.json"));
      const source: Record<string, unknown> = { ...manifestFor(target) };
      expect(built.web_accessible_resources, "the build added web_accessible_resources").toBeUndefined();
      for (const key of [
        "permissions",
        "optional_permissions",
        "host_permissions",
        "optional_host_permissions",
        "externally_connectable",
        "content_security_policy",
        "sandbox",
      ]) {
        expect(built[key], `built manifest.json ${key}`).toEqual(source[key]);
      }
      const frames = (m: { content_scripts: Record<string, unknown>[] }) =>
        m.content_scripts.map(({ matches, exclude_matches, all_frames, match_about_blank, world }) => ({
          matches,
          exclude_matches,
          all_frames,
          match_about_blank,
          world,
        }));
      expect(frames(built), "built manifest.json content_scripts").toEqual(frames(source as typeof built));
    });
  });
}
