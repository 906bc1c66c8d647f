// Every file below a folder, as paths relative to it with "/" separators, in name order: what the
// packages zip, the bundle checks read, the benchmark weighs and the i18n gate parses.
import { readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join("/"))
    .sort();
}
