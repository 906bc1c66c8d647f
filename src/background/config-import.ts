// Import of a profiles-and-settings file: checked here again (the page is not trusted to have checked
// it), then applied in one step. A profile whose domain exists already is kept as it is, and keeping
// tokens on disk is never turned on by a file (importedSettings).
import { importedSettings, readConfig } from "../lib/config-file";
import type { Response } from "../lib/messages";
import { profileDomain } from "../lib/profile";
import { profilesItem, settingsItem } from "../lib/storage";
import { serial } from "./serial";

export function importConfig(text: string): Promise<Response<"importConfig">> {
  return serial(async () => {
    const read = readConfig(text);
    if (!read.ok) return read;
    const profiles = await profilesItem.get();
    const known = new Set(profiles.map(profileDomain));
    const fresh = read.config.profiles.filter((p) => !known.has(profileDomain(p)));
    const kept = read.config.profiles.filter((p) => known.has(profileDomain(p))).map(profileDomain);
    await profilesItem.set([...profiles, ...fresh.map((p) => ({ id: crypto.randomUUID(), ...p }))]);
    const { settings, keepTokensLeftOff } = importedSettings(read.config.settings, await settingsItem.get());
    await settingsItem.set(settings);
    return { ok: true, added: fresh.map(profileDomain), kept, keepTokensLeftOff };
  });
}
