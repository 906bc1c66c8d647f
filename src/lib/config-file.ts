// The profiles-and-settings file that Export writes and Import reads: never a token, a secret or a managed
// profile. Import checks the whole file first and applies it only when every entry passes, so nothing is
// ever half-imported; the report names each entry that failed and why.
import {
  APPLICATIONS,
  isApplication,
  isProfileColour,
  PROFILE_COLOURS,
  type Profile,
  type ProfileFields,
  profileDomain,
  validateProfileFields,
} from "./profile";
import { asSettings, isLeadMinutes, isRecord, type Settings } from "./state";

export const CONFIG_FORMAT = "p1as-token-capture/config";
export const CONFIG_VERSION = 1;

/** A profile as the file holds it: its fields and its look, no id and no managed flag. */
export type ConfigProfile = ProfileFields & Pick<Profile, "colour" | "defaultApp">;

export interface ConfigFile {
  format: typeof CONFIG_FORMAT;
  version: typeof CONFIG_VERSION;
  profiles: ConfigProfile[];
  settings: Settings;
}

export function exportConfig(profiles: readonly Profile[], settings: Settings): ConfigFile {
  return {
    format: CONFIG_FORMAT,
    version: CONFIG_VERSION,
    profiles: profiles
      .filter((p) => !p.managed)
      .map(({ environment, customer, region, name, colour, defaultApp }) => ({
        environment,
        customer,
        region,
        name,
        ...(colour ? { colour } : {}),
        ...(defaultApp ? { defaultApp } : {}),
      })),
    settings,
  };
}

const SETTING_CHECKS: Record<keyof Settings, (v: unknown) => string | null> = {
  autoAuthorize: (v) => (typeof v === "boolean" ? null : "must be true or false"),
  notifyLeadMinutes: (v) => (isLeadMinutes(v) ? null : "must be whole minutes from 0 to 60"),
  keepTokens: (v) => (typeof v === "boolean" ? null : "must be true or false"),
  renewLeadMinutes: (v) => (isLeadMinutes(v) ? null : "must be whole minutes from 0 to 60"),
};

/** The file's content if all of it is valid, else every reason it is not. */
export function readConfig(text: string): { ok: true; config: ConfigFile } | { ok: false; report: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      report: [`Not JSON: ${error instanceof SyntaxError ? error.message : "unreadable"}.`],
    };
  }
  if (!isRecord(value) || value.format !== CONFIG_FORMAT) {
    return {
      ok: false,
      report: [`Not a P1AS Token Capture export (expected "format": "${CONFIG_FORMAT}").`],
    };
  }
  if (value.version !== CONFIG_VERSION) {
    return {
      ok: false,
      report: [`Version ${String(value.version)} is not one this extension reads (${CONFIG_VERSION}).`],
    };
  }
  const report: string[] = [];
  const profiles: ConfigProfile[] = [];
  if (!Array.isArray(value.profiles)) report.push("profiles: must be a list.");
  else
    value.profiles.forEach((entry: unknown, i) => {
      const fields = isRecord(entry) ? entry : {};
      const text = (key: string) => (typeof fields[key] === "string" ? (fields[key] as string) : "");
      const checked = validateProfileFields({
        environment: text("environment"),
        customer: text("customer"),
        region: text("region"),
        name: text("name"),
      });
      const { colour, defaultApp } = fields;
      if (!checked.ok) report.push(`profiles[${i}]: ${Object.values(checked.errors).join(" ")}`);
      else if (profiles.some((p) => profileDomain(p) === profileDomain(checked.fields))) {
        report.push(`profiles[${i}]: ${profileDomain(checked.fields)} is listed twice.`);
      } else if (colour !== undefined && (!isProfileColour(colour) || colour === "none")) {
        report.push(`profiles[${i}].colour: one of ${PROFILE_COLOURS.slice(1).join(", ")}.`);
      } else if (defaultApp !== undefined && !isApplication(defaultApp)) {
        report.push(`profiles[${i}].defaultApp: one of ${APPLICATIONS.join(", ")}.`);
      } else {
        profiles.push({
          ...checked.fields,
          ...(isProfileColour(colour) ? { colour } : {}),
          ...(isApplication(defaultApp) ? { defaultApp } : {}),
        });
      }
    });
  const settings = isRecord(value.settings) ? value.settings : null;
  if (!settings) report.push("settings: must be an object.");
  else
    for (const [key, check] of Object.entries(SETTING_CHECKS)) {
      // A setting the file does not name (an export from an older version) keeps its default.
      const problem = key in settings ? check(settings[key]) : null;
      if (problem) report.push(`settings.${key}: ${problem}.`);
    }
  for (const key of Object.keys(value)) {
    if (!["format", "version", "profiles", "settings"].includes(key))
      report.push(`${key}: not something this file holds.`);
  }
  if (report.length || !settings) return { ok: false, report };
  return {
    ok: true,
    config: {
      format: CONFIG_FORMAT,
      version: CONFIG_VERSION,
      profiles,
      settings: asSettings(settings),
    },
  };
}
