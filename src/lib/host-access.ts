// Which of the manifest's host permissions the browser does not hold now, grouped by what stops working
// without them. Firefox lets users take host permissions away (and older releases did not grant them at
// install); Chrome's site-access setting can withhold them too. Either way the extension would otherwise
// fail silently: no capture, no docs authorized, no minted token.
import { PINGONE_REGIONS } from "./client-credentials";

export type HostPurpose = "capture" | "mint";

export interface MissingHosts {
  purpose: HostPurpose;
  /** The origin patterns to ask for again. */
  origins: string[];
}

const PURPOSES: HostPurpose[] = ["capture", "mint"];

const PINGONE_ORIGINS = new Set(PINGONE_REGIONS.map((region) => `https://auth.pingone.${region}/*`));

function purposeOf(origin: string): HostPurpose {
  return PINGONE_ORIGINS.has(origin) ? "mint" : "capture";
}

/** An origin pattern as a user reads it: `https://*.ping.cloud/*` → `*.ping.cloud`. */
export function hostOf(origin: string): string {
  return origin.replace(/^[a-z]+:\/\//, "").replace(/\/.*$/, "");
}

/** The required origins not among the granted ones, by purpose, in the manifest's order. */
export function missingHosts(required: readonly string[], granted: readonly string[]): MissingHosts[] {
  const held = new Set(granted);
  const missing = required.filter((origin) => !held.has(origin));
  return PURPOSES.map((purpose) => ({
    purpose,
    origins: missing.filter((origin) => purposeOf(origin) === purpose),
  })).filter((group) => group.origins.length > 0);
}
