// Storage as Chrome behaves, for unit tests of code that takes a StorageApi (storage-item.test.ts,
// storage-upgrade.test.ts).
import { isDeepStrictEqual } from "node:util";
import type { Area, StorageApi } from "../lib/storage-item";

type Listener = Parameters<StorageApi["onChanged"]["addListener"]>[0];

/**
 * Storage as Chrome behaves: values kept as JSON, a read answered after a turn of the event loop (as if
 * over IPC), change events delivered later and only for a real change (key order does not count).
 */
export function fakeStorage() {
  const areas: Record<Area, Map<string, unknown>> = { local: new Map(), session: new Map() };
  const listeners = new Set<Listener>();
  const held: (() => void)[] = [];
  let holdEvents = false;
  let failWrites = false;
  let reads = 0;
  const deliver = (key: string, newValue: unknown, area: Area) => () => {
    for (const listener of listeners) listener({ [key]: { newValue } }, area);
  };
  const write = (items: Record<string, unknown>, area: Area = "session") => {
    const stored = areas[area];
    for (const [key, value] of Object.entries(items)) {
      const copy: unknown = JSON.parse(JSON.stringify(value));
      if (isDeepStrictEqual(stored.get(key), copy)) continue;
      stored.set(key, copy);
      const event = deliver(key, copy, area);
      if (holdEvents) held.push(event);
      else queueMicrotask(event);
    }
  };
  const api: StorageApi = {
    area: (area: Area) => ({
      get: (keys) => {
        const stored = areas[area];
        reads++;
        const found = [keys].flat().flatMap((key) => (stored.has(key) ? [[key, stored.get(key)]] : []));
        return new Promise((resolve) => setTimeout(() => resolve(Object.fromEntries(found))));
      },
      set: async (items) => {
        if (failWrites) throw new Error("QUOTA_BYTES quota exceeded");
        write(items, area);
      },
    }),
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return {
    api,
    /** A write by another context (or a test), straight to storage. */
    foreignWrite: write,
    reads: () => reads,
    /** What an area holds now, as stored. */
    contents: (area: Area) => Object.fromEntries(areas[area]),
    hold: (on: boolean) => {
      holdEvents = on;
    },
    releaseOneEvent: () => held.shift()?.(),
    failWrites: (on: boolean) => {
      failWrites = on;
    },
  };
}
