// Before the tests: says in one line which Chromium and Firefox they will drive, or, when one is missing
// or older than the builds support (src/manifest.ts), says that in one line and fails, instead of every
// test failing on its own. `npm test` (so CI too) starts with it.
import { execFileSync } from "node:child_process";
import { firefoxPath } from "../e2e/firefox/launch";
import { chromiumPath } from "../e2e/support/launch";
import { MINIMUM_VERSIONS } from "../src/manifest";

interface Found {
  name: string;
  path: string | null;
  minimum: number;
  hint: string;
}

/** The major version a browser prints with --version ("Chromium 156.0.8078.114 …", "Mozilla Firefox 153.8.0esr"). */
function majorVersion(path: string): number | null {
  try {
    const printed = execFileSync(path, ["--version"], {
      encoding: "utf8",
      timeout: 30_000,
      // Debian's chromium wrapper script complains on stderr as it starts; only the version line matters.
      stdio: ["ignore", "pipe", "ignore"],
    });
    const major = /\b(\d+)\.\d+/.exec(printed)?.[1];
    return major ? Number(major) : null;
  } catch {
    return null;
  }
}

const browsers: Found[] = [
  {
    name: "Chromium",
    path: chromiumPath(),
    minimum: MINIMUM_VERSIONS.chrome,
    hint: "apt-get install -y chromium, or set CHROMIUM_PATH",
  },
  {
    name: "Firefox",
    path: firefoxPath(),
    minimum: MINIMUM_VERSIONS.firefox,
    hint: "apt-get install -y firefox-esr, or set FIREFOX_PATH",
  },
];

const faults: string[] = [];
const seen: string[] = [];
for (const { name, path, minimum, hint } of browsers) {
  const major = path ? majorVersion(path) : null;
  if (!path) faults.push(`no ${name} found (${hint})`);
  else if (major === null) faults.push(`${path} did not say its version`);
  else if (major < minimum)
    faults.push(
      `${name} ${major} at ${path} is older than ${minimum}, the oldest the build supports (${hint})`,
    );
  else seen.push(`${name} ${major} (${path}; ${minimum} or later supported)`);
}
if (faults.length) {
  console.error(`Browsers for the tests: ${faults.join("; ")}.`);
  process.exit(1);
}
console.log(`Browsers for the tests: ${seen.join(", ")}.`);
