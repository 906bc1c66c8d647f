// Gzip sizes of what each context loads, following the imports of the built files.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { filesUnder } from "../scripts/files-under";
import type { Row } from "./stats";

const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A JS file and every chunk it imports, transitively. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const match of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    withImports(resolve(dirname(file), match[1] ?? ""), seen);
  }
  return seen;
}

function htmlAssets(dist: string, html: string): Set<string> {
  const files = new Set<string>();
  for (const match of readFileSync(join(dist, html), "utf8").matchAll(
    /(?:src|href)="\/([^"]+\.(?:js|css))"/g,
  )) {
    // Absolute, as withImports resolves them: a chunk both linked and imported is counted once.
    const file = resolve(dist, match[1] ?? "");
    if (file.endsWith(".js")) for (const f of withImports(file)) files.add(f);
    else files.add(file);
  }
  return files;
}

export function sizeRows(dist: string): Row[] {
  const sum = (files: Iterable<string>) => kb([...files].reduce((total, f) => total + gz(f), 0));
  const row = (name: string, files: Iterable<string>, budget: number | null): Row => {
    const size = sum(files);
    const list = [...files].map((f) => relative(dist, f)).join(", ");
    return { name, unit: "KB", median: size, p90: size, samples: 1, budget, note: `gzip of ${list}` };
  };
  return [
    row("size: capture content script", [resolve(dist, "src/content/capture.iife.js")], 4),
    row("size: popup", htmlAssets(dist, "src/popup/index.html"), 30),
    row("size: background", withImports(resolve(dist, "service-worker-loader.js")), 20),
    {
      ...row(
        "size: whole package (every file, gzip each)",
        filesUnder(dist).map((name) => join(dist, name)),
        null,
      ),
      note: "",
    },
  ];
}
