// The user's answer to what the storage upgrade kept aside (src/lib/kept-aside.ts): discard it.
import { keptAsideItems } from "../lib/storage";
import type { Area } from "../lib/storage-item";
import { serial } from "./serial";

export function discardKeptAside(area: Area, key: string): Promise<{ ok: true }> {
  return serial(async () => {
    const item = keptAsideItems[area];
    await item.set((await item.get()).filter((entry) => entry.key !== key));
    return { ok: true as const };
  });
}
