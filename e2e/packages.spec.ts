// `npm run package`, twice, in two time zones: the same sources must give the same bytes, and each package
// must hold what its store expects.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import packageJson from "../package.json" with { type: "json" };
import { GECKO_ID } from "../src/manifest";

const ROOT = resolve(import.meta.dirname, "..");

function packageInto(dir: string, timeZone: string): Map<string, Buffer> {
  execFileSync("npx", ["tsx", "scripts/package.ts", dir], {
    cwd: ROOT,
    env: { ...process.env, TZ: timeZone },
    stdio: "ignore",
  });
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

function entry(zip: string, name: string): string {
  return execFileSync("unzip", ["-p", zip, name], { encoding: "utf8" });
}

test("npm run package gives identical zips twice, and each holds what its store expects", async () => {
  test.setTimeout(120_000);
  const [first, second] = [
    mkdtempSync(join(tmpdir(), "p1as-pkg-")),
    mkdtempSync(join(tmpdir(), "p1as-pkg-")),
  ];
  try {
    const a = packageInto(first, "UTC");
    const b = packageInto(second, "Pacific/Kiritimati");
    const names = [`chrome`, `firefox`, `source`].map(
      (kind) => `p1as-token-capture-${packageJson.version}-${kind}.zip`,
    );
    expect([...a.keys()].sort()).toEqual(names.sort());
    for (const name of names) expect(a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)), name).toBe(true);

    const chrome = JSON.parse(entry(join(first, names[0] ?? ""), "manifest.json"));
    expect(chrome.version).toBe(packageJson.version);
    expect(chrome.key, "the store assigns the id; a key in the package is refused").toBeUndefined();
    expect(chrome.background.service_worker).toBeTruthy();

    const firefox = JSON.parse(entry(join(first, names[1] ?? ""), "manifest.json"));
    expect(firefox.version).toBe(packageJson.version);
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(firefox.background.scripts).toHaveLength(1);

    const listing = execFileSync("unzip", ["-Z1", join(first, names[2] ?? "")], { encoding: "utf8" });
    for (const file of [
      "package.json",
      "package-lock.json",
      "README.md",
      "src/manifest.ts",
      "vite.config.ts",
      "docs/store/listing.md",
      "docs/store/permissions.md",
      "docs/store/privacy-policy.md",
    ]) {
      expect(listing.split("\n"), `the source archive holds ${file}`).toContain(file);
    }
    expect(listing, "no build output or dependencies in the source archive").not.toMatch(
      /^(dist|node_modules)\//m,
    );
  } finally {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  }
});
