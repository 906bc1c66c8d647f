// What the background keeps aside instead of dropping: the parts of a stored item that failed their check,
// and a copy of an item saved by a newer version of the extension. Each area keeps its own under the key
// `keptAside`, so nothing from storage.session (tokens, secrets) is ever copied to storage.local.
import { listOf } from "./checks";
import { isRecord } from "./state";
import type { Area } from "./storage-item";
import type { ItemDeclaration } from "./versioned";

export interface KeptAside {
  /** The item's key. */
  key: string;
  at: number;
  /** `rejected`: parts that failed the check; `newer`: the whole value, stored by a newer version. */
  reason: "rejected" | "newer";
  /** The version the item was stored at. */
  version: number;
  parts: unknown[];
}

export const KEPT_ASIDE_KEY = "keptAside";

function asKeptAside(v: unknown): KeptAside | undefined {
  if (!isRecord(v) || typeof v.key !== "string" || typeof v.at !== "number") return undefined;
  if ((v.reason !== "rejected" && v.reason !== "newer") || !Number.isSafeInteger(v.version)) return undefined;
  if (!Array.isArray(v.parts)) return undefined;
  return { key: v.key, at: v.at, reason: v.reason, version: v.version as number, parts: v.parts };
}

/** The kept-aside list of an area; it is not upgraded itself (there is nowhere further to put its parts). */
export function keptAsideDeclaration(area: Area): ItemDeclaration<KeptAside[]> {
  const check = listOf(asKeptAside);
  return area === "local"
    ? { area, key: KEPT_ASIDE_KEY, version: 1, check, migrations: {} }
    : { area, key: KEPT_ASIDE_KEY, check };
}

/** What the options page shows: per item, how many parts failed, and whether a newer copy is kept. */
export interface KeptAsideGroup {
  area: Area;
  key: string;
  rejected: number;
  newer: boolean;
  entries: KeptAside[];
}

export function groupKeptAside(area: Area, entries: KeptAside[]): KeptAsideGroup[] {
  const groups = new Map<string, KeptAsideGroup>();
  for (const entry of entries) {
    const group = groups.get(entry.key) ?? { area, key: entry.key, rejected: 0, newer: false, entries: [] };
    if (entry.reason === "newer") group.newer = true;
    else group.rejected += entry.parts.length;
    group.entries.push(entry);
    groups.set(entry.key, group);
  }
  return [...groups.values()];
}
