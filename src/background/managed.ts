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

/** Counts the policy reads begun and the last one applied: a read overtaken by a later one is not applied. */
let reads = 0;
let applied = 0;

export async function syncManagedProfiles(): Promise<void> {
  // Read before joining the queue: right after the browser starts, Chromium answers storage.managed only
  // once its policies have loaded (about 3 s here), and every capture and change would wait meanwhile.
  const read = ++reads;
  const { profiles: managed } = readManagedProfiles(await managedPolicy("profiles"));
  return serial(async () => {
    if (read < applied) return;
    applied = read;
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
