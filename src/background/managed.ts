// Brings the organisation's profiles (enterprise policy, storage.managed) into the profile list: at start,
// and whenever the policy changes while the browser runs. A profile the policy drops is forgotten whole.

import browser from "webextension-polyfill";
import { mergeManaged, readManagedProfiles } from "../lib/managed";
import { profilesItem } from "../lib/storage";
import { saveProfileList } from "./forget-profile";
import { onBrowserStart } from "./on-start";
import { serial } from "./serial";

/** The organisation's policy for `key` (storage.managed), as `{ [key]: value }`; `{}` without one. */
export async function managedPolicy(key: string): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.managed.get(key);
  } catch {
    // Firefox rejects when no policy names this extension: that is "no policy".
    return {};
  }
}

export function syncManagedProfiles(): Promise<void> {
  return serial(async () => {
    const { profiles: managed } = readManagedProfiles(await managedPolicy("profiles"));
    const profiles = await profilesItem.get();
    await saveProfileList(profiles, mergeManaged(profiles, managed));
  });
}

export function register(): void {
  browser.storage.onChanged.addListener((_, area) => {
    if (area === "managed") void syncManagedProfiles();
  });
  onBrowserStart(syncManagedProfiles);
}
