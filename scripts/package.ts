// `npm run package`: the store packages, named from package.json's version, in packages/:
//   p1as-token-capture-<version>-chrome.zip    for the Chrome Web Store (its manifest without `key`: the store
//                                              assigns the id)
//   p1as-token-capture-<version>-firefox.zip   for addons.mozilla.org
//   p1as-token-capture-<version>-source.zip    the source archive AMO asks for with a built add-on
// At the end it prints where each file is, the store documents beside them (docs/store/), and what is left to
// do by hand: publishing the privacy policy, the uploads, AMO's signing.
// Reproducible: each build is made afresh into a staging folder and every zip entry is written in name
// order with one fixed time and mode, so the same sources give the same bytes, wherever they are checked out.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
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

/**
 * The files git tracks, as git holds them (its index: the checkout, plus what is staged): what a reviewer
 * needs to rebuild the add-on. Not the working tree's copies, which the end-to-end run rewrites (the
 * README's pictures) while another test packages twice and compares the bytes.
 */
function sources(): Entries {
  const listed = execFileSync("git", ["ls-files", "-z", "--stage"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      // "<mode> <blob> <stage>\t<path>"
      const [meta = "", name = ""] = line.split("\t");
      return { blob: meta.split(" ")[1] ?? "", name };
    });
  const batch = execFileSync("git", ["cat-file", "--batch"], {
    cwd: ROOT,
    input: listed.map((f) => f.blob).join("\n"),
    maxBuffer: 256 * 1024 * 1024,
  });
  // Each answer is "<blob> blob <size>\n", the content, and "\n".
  let at = 0;
  return listed.map(({ name }) => {
    const header = batch.toString("latin1", at, batch.indexOf(10, at));
    const size = Number(header.split(" ")[2]);
    const start = batch.indexOf(10, at) + 1;
    at = start + size + 1;
    return [name, batch.subarray(start, start + size)];
  });
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

const STORE_DOCS = "docs/store";
const SCREENSHOTS = `${STORE_DOCS}/screenshots`;

/** What goes where, and what the publisher still does by hand: the packages are only the first step. */
function report(zips: string[]): string {
  const [chrome, firefox, source] = zips.map((path) => relative(ROOT, path));
  const screenshots = existsSync(join(ROOT, SCREENSHOTS))
    ? readdirSync(join(ROOT, SCREENSHOTS))
        .filter((name) => name.endsWith(".png"))
        .sort()
    : [];
  return [
    `Packages for version ${packageJson.version}:`,
    `  ${chrome}   Chrome Web Store: the package to upload`,
    `  ${firefox}   addons.mozilla.org: the add-on to upload (AMO signs it)`,
    `  ${source}   addons.mozilla.org: the source code it asks for with the add-on`,
    "For the stores' forms:",
    `  ${STORE_DOCS}/listing.md          name, summaries, description, category, other fields`,
    `  ${STORE_DOCS}/permissions.md      single purpose, each permission's justification, remote code, data usage`,
    `  ${STORE_DOCS}/privacy-policy.md   the privacy policy`,
    ...(screenshots.length
      ? screenshots.map((name) => `  ${SCREENSHOTS}/${name}`)
      : [
          `  no screenshots in ${SCREENSHOTS}/: npx playwright test e2e/store-screenshots.spec.ts makes them`,
        ]),
    "Still by hand:",
    "  - Publish the privacy policy at an address of yours: both stores ask for its URL.",
    `  - Fill what ${STORE_DOCS}/listing.md marks OWNER: homepage, support, licence, visibility, publisher.`,
    "  - Chrome Web Store: upload the Chrome zip in the developer dashboard (a new item or a new version),",
    "    paste the listing and the Privacy practices answers, add the screenshots, submit for review.",
    "  - addons.mozilla.org: upload the Firefox zip in the Developer Hub, with the source zip as its source;",
    "    AMO signs the add-on: a listed one after its review, an unlisted one after its automatic checks.",
    "    Signing from the command line (`npx web-ext sign --channel=listed|unlisted`) needs the publisher's",
    "    AMO API key and secret.",
    "  - Both: the stores show the version from the manifest; raise package.json's version for each upload.",
  ].join("\n");
}

// `tsx scripts/package.ts [folder]`: packages/ unless told otherwise (the reproducibility test uses two).
const outDir = resolve(ROOT, process.argv[2] ?? "packages");
console.log(report(await makePackages(outDir)));
