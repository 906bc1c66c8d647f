// The profiles-and-settings file that Export writes and Import reads: never a token, a secret or a managed
// profile. Import checks the whole file first and applies it only when every entry passes, so nothing is
// ever half-imported; the report names each entry that failed and why.
import { t } from "./i18n";
import type { Profile } from "./profile";
import { type ProfileEntry, readProfileList } from "./profile-list";
import { asSettings, isLeadMinutes, isRecord, MAX_LEAD_MINUTES, type Settings } from "./state";

export const CONFIG_FORMAT = "p1as-token-capture/config";
export const CONFIG_VERSION = 1;

export interface ConfigFile {
  format: typeof CONFIG_FORMAT;
  version: typeof CONFIG_VERSION;
  profiles: ProfileEntry[];
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

const boolean = (v: unknown) => (typeof v === "boolean" ? null : t("importBoolean"));
const minutes = (v: unknown) => (isLeadMinutes(v) ? null : t("importMinutes", MAX_LEAD_MINUTES));

const SETTING_CHECKS: Record<keyof Settings, (v: unknown) => string | null> = {
  autoAuthorize: boolean,
  notifyLeadMinutes: minutes,
  keepTokens: boolean,
  renewLeadMinutes: minutes,
};

/**
 * The settings an import applies: the file's, except that it never turns on keeping tokens on disk. That
 * opt-in is the user's alone, made knowingly; a file (from a colleague, or crafted) may only turn it off.
 * `keepTokensLeftOff` says that the file asked for it and did not get it.
 */
export function importedSettings(
  file: Settings,
  current: Settings,
): { settings: Settings; keepTokensLeftOff: boolean } {
  return {
    settings: { ...file, keepTokens: file.keepTokens && current.keepTokens },
    keepTokensLeftOff: file.keepTokens && !current.keepTokens,
  };
}

/** The file's content if all of it is valid, else every reason it is not. */
export function readConfig(text: string): { ok: true; config: ConfigFile } | { ok: false; report: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      report: [t("importNotJson", error instanceof SyntaxError ? error.message : t("importUnreadable"))],
    };
  }
  if (!isRecord(value) || value.format !== CONFIG_FORMAT) {
    return {
      ok: false,
      report: [t("importNotExport", CONFIG_FORMAT)],
    };
  }
  if (value.version !== CONFIG_VERSION) {
    return {
      ok: false,
      report: [t("importVersion", String(value.version), CONFIG_VERSION)],
    };
  }
  const report: string[] = [];
  let profiles: ProfileEntry[] = [];
  if (!Array.isArray(value.profiles)) report.push(t("importProfilesNotList"));
  else {
    const read = readProfileList(value.profiles);
    profiles = read.profiles;
    report.push(...read.rejected);
  }
  const settings = isRecord(value.settings) ? value.settings : null;
  if (!settings) report.push(t("importSettingsNotObject"));
  else
    for (const [key, check] of Object.entries(SETTING_CHECKS)) {
      // A setting the file does not name (an export from an older version) keeps its default.
      const problem = key in settings ? check(settings[key]) : null;
      if (problem) report.push(t("importSettingProblem", key, problem));
    }
  for (const key of Object.keys(value)) {
    if (!["format", "version", "profiles", "settings"].includes(key)) report.push(t("importUnknownKey", key));
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
