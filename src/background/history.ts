// Every new token, captured or minted, adds a line to the sign-in history (inside the caller's serial
// operation, as a read-modify-write); removing a profile removes its lines.

import { recordOf, withRecord } from "../lib/history";
import type { JsonObject } from "../lib/jwt";
import type { StoredToken } from "../lib/state";
import { historyItem } from "../lib/storage";

export async function addToHistory(token: StoredToken, claims: JsonObject): Promise<void> {
  await historyItem.set(withRecord(await historyItem.get(), recordOf(token, claims)));
}

export async function dropHistoryOf(profileId: string): Promise<void> {
  const history = await historyItem.get();
  const kept = history.filter((r) => r.profileId !== profileId);
  if (kept.length !== history.length) await historyItem.set(kept);
}
