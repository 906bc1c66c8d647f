// A list of profiles from outside the extension (an imported file, an enterprise policy): each entry
// checked like a typed profile, each domain listed once, and a line for each entry that fails.

import { t } from "./i18n";
import {
  APPLICATIONS,
  isApplication,
  isProfileColour,
  PROFILE_COLOURS,
  type Profile,
  type ProfileFields,
  profileDomain,
  readProfileFields,
} from "./profile";
import { isRecord } from "./state";

/** A profile as a file or a policy gives it: its fields and its look, no id. */
export type ProfileEntry = ProfileFields & Pick<Profile, "colour" | "defaultApp">;

export function readProfileList(list: readonly unknown[]): { profiles: ProfileEntry[]; rejected: string[] } {
  const profiles: ProfileEntry[] = [];
  const rejected: string[] = [];
  list.forEach((entry, i) => {
    const checked = readProfileFields(entry);
    const { colour, defaultApp } = isRecord(entry) ? entry : {};
    if (!checked.ok) rejected.push(`profiles[${i}]: ${Object.values(checked.errors).join(" ")}`);
    else if (profiles.some((p) => profileDomain(p) === profileDomain(checked.fields))) {
      rejected.push(`profiles[${i}]: ${t("importTwice", profileDomain(checked.fields))}`);
    } else if (colour !== undefined && (!isProfileColour(colour) || colour === "none")) {
      rejected.push(`profiles[${i}].colour: ${t("importOneOf", PROFILE_COLOURS.slice(1).join(", "))}`);
    } else if (defaultApp !== undefined && !isApplication(defaultApp)) {
      rejected.push(`profiles[${i}].defaultApp: ${t("importOneOf", APPLICATIONS.join(", "))}`);
    } else {
      profiles.push({
        ...checked.fields,
        ...(isProfileColour(colour) ? { colour } : {}),
        ...(isApplication(defaultApp) ? { defaultApp } : {}),
      });
    }
  });
  return { profiles, rejected };
}
