// `web-ext lint` on the Firefox build, stricter than its exit code: no error, and no warning or notice
// unless README.md "Firefox lint warnings" explains it by its code. A new warning fails until someone reads
// it and either fixes it or says there why it stays.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { BUILDS } from "../e2e/support/launch";

interface Finding {
  code: string;
  message: string;
  file?: string;
}

// web-ext exits non-zero on errors; its JSON says which, so the exit code alone is not read.
const run = spawnSync(
  "npx",
  ["web-ext", "lint", "--source-dir", BUILDS.firefox, "--output", "json", "--no-input"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (run.error || !run.stdout.trim().startsWith("{")) {
  console.error(`web-ext lint did not run: ${run.error?.message ?? run.stdout}`);
  process.exit(1);
}
const report: { errors: Finding[]; warnings: Finding[]; notices: Finding[] } = JSON.parse(run.stdout);

const section = readFileSync(new URL("../README.md", import.meta.url), "utf8")
  .split(/^#+ /m)
  .find((s) => s.startsWith("Firefox lint warnings"));
const explained = new Set([...(section ?? "").matchAll(/^\|\s*`([A-Z_]+)`/gm)].map((m) => m[1] ?? ""));

const line = (kind: string, f: Finding) => `${kind} ${f.code}${f.file ? ` in ${f.file}` : ""}: ${f.message}`;
const unexplained = [...report.warnings, ...report.notices].filter((f) => !explained.has(f.code));
const problems = [
  ...report.errors.map((f) => line("error", f)),
  ...unexplained.map(
    (f) => `${line("unexplained warning", f)} (explain it in README.md "Firefox lint warnings")`,
  ),
];
const seen = new Set([...report.warnings, ...report.notices].map((f) => f.code));
for (const code of explained) {
  if (!seen.has(code))
    problems.push(`README.md explains ${code}, which web-ext no longer reports: remove it`);
}

for (const f of [...report.warnings, ...report.notices]) {
  if (explained.has(f.code)) console.log(line("explained", f));
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`web-ext lint: no errors; ${seen.size} kind(s) of warning, each explained in README.md.`);
