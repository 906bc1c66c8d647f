// Settings change one at a time, from the popup or the options page; each takes effect at once because
// the parts that use a setting listen to its storage item.
import type { Settings } from "../lib/state";
import { settingsItem } from "../lib/storage";
import { serial } from "./serial";

export function setSettings(change: Partial<Settings>): Promise<{ ok: true }> {
  return serial(async () => {
    await settingsItem.set({ ...(await settingsItem.get()), ...change });
    return { ok: true as const };
  });
}
