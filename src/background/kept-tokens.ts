// Tokens across browser restarts, only when the user opts in: storage.session stays the one place tokens
// are used from, and storage.local holds a copy that follows it, restored when the browser starts.

import type { Settings, StoredToken } from "../lib/state";
import { keptTokensItem, settingsItem, tokensItem } from "../lib/storage";
import { onBrowserStart } from "./on-start";
import { serial } from "./serial";

export async function keepTokens(tokens: Record<string, StoredToken>): Promise<void> {
  if ((await settingsItem.get()).keepTokens) await keptTokensItem.set(tokens);
}

/** Opting in copies what there is; opting out removes every kept copy at once. */
export async function onKeepTokensSetting(settings: Settings): Promise<void> {
  await keptTokensItem.set(settings.keepTokens ? await tokensItem.get() : {});
}

/** At browser start storage.session is empty: the kept copy, if any, fills it. */
export function restoreKeptTokens(): Promise<void> {
  return serial(async () => {
    if (!(await settingsItem.get()).keepTokens) return;
    const kept = await keptTokensItem.get();
    if (Object.keys(kept).length) await tokensItem.set({ ...kept, ...(await tokensItem.get()) });
  });
}

export function clearTokens(): Promise<{ ok: true }> {
  return serial(async () => {
    await tokensItem.set({});
    await keptTokensItem.set({});
    return { ok: true as const };
  });
}

export function register(): void {
  tokensItem.onChanged((tokens) => void keepTokens(tokens));
  settingsItem.onChanged((settings) => void onKeepTokensSetting(settings));
  onBrowserStart(restoreKeptTokens);
}
