// `npm run package`: the store packages, named from package.json's version, in packages/:
//   p1as-token-capture-<version>-chrome.zip    for the Chrome Web Store (its manifest without `key`: the store
//                                              assigns the id)
//   p1as-token-capture-<version>-firefox.zip   for addons.mozilla.org
//   p1as-token-capture-<version>-source.zip    the source archive AMO asks for with a built add-on
// Reproducible: each build is made afresh into a staging folder and every zip entry is written in name
// order with one fixed time and mode, so the same sources give the same bytes, wherever they are checked out.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { build } from "vite";
import { ZipFile } from "yazl";
import packageJson from "../package.json" with { type: "json" };
import { TARGETS, type Target } from "../src/manifest";
import { filesUnder } from "./files-under";

const ROOT = resolve(import.meta.dirname, "..");
const NAME = "p1as-token-capture";

// A local-time Date read back through local-time getters: the same DOS time in every time zone.
const FIXED_TIME = new Date(1980, 0, 1, 12, 0, 0);

type Entries = [name: string, content: Buffer][];

function zip(entries: Entries): Promise<Buffer> {
  const file = new ZipFile();
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, content] of sorted) {
    file.addBuffer(content, name, { mtime: FIXED_TIME, mode: 0o100644, forceDosTimestamp: true });
  }
  file.end();
  const chunks: Buffer[] = [];
  return new Promise((done, fail) => {
    file.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on("end", () => done(Buffer.concat(chunks)));
    file.outputStream.on("error", fail);
  });
}

async function buildInto(target: Target, outDir: string): Promise<Entries> {
  await build({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    mode: target === "firefox" ? "firefox" : "production",
    logLevel: "warn",
    build: { outDir },
  });
  const entries: Entries = filesUnder(outDir).map((name) => [name, readFileSync(join(outDir, name))]);
  if (target === "firefox") return entries;
  return entries.map(([name, content]) => {
    if (name !== "manifest.json") return [name, content];
    const { key: _key, ...manifest } = JSON.parse(content.toString("utf8"));
    return [name, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)];
  });
}

/** The files git tracks, as they are in the working tree: what a reviewer needs to rebuild the add-on. */
function sources(): Entries {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" });
  return tracked
    .split("\0")
    .filter(Boolean)
    .map((name) => [name, readFileSync(join(ROOT, name))]);
}

/** Builds both browsers in a staging folder and writes the three packages to `outDir`; returns their paths. */
async function makePackages(outDir: string): Promise<string[]> {
  const staging = mkdtempSync(join(tmpdir(), "p1as-package-"));
  try {
    const zips: [string, Buffer][] = [];
    for (const target of TARGETS) {
      zips.push([
        `${NAME}-${packageJson.version}-${target}.zip`,
        await zip(await buildInto(target, join(staging, target))),
      ]);
    }
    zips.push([`${NAME}-${packageJson.version}-source.zip`, await zip(sources())]);
    mkdirSync(outDir, { recursive: true });
    return zips.map(([name, bytes]) => {
      const path = join(outDir, name);
      writeFileSync(path, bytes);
      return path;
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

// `tsx scripts/package.ts [folder]`: packages/ unless told otherwise (the reproducibility test uses two).
const outDir = resolve(ROOT, process.argv[2] ?? "packages");
for (const path of await makePackages(outDir)) console.log(relative(ROOT, path));
