import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { type Area, dropEntries, type StorageApi, StorageItem } from "./storage-item";

type Listener = Parameters<StorageApi["onChanged"]["addListener"]>[0];

/**
 * Storage as Chrome behaves: values kept as JSON, a read answered after a turn of the event loop (as if
 * over IPC), change events delivered later and only for a real change (key order does not count).
 */
function fakeStorage() {
  const stored = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const held: (() => void)[] = [];
  let holdEvents = false;
  let failWrites = false;
  let reads = 0;
  const deliver = (key: string, newValue: unknown, area: Area) => () => {
    for (const listener of listeners) listener({ [key]: { newValue } }, area);
  };
  const write = (items: Record<string, unknown>, area: Area = "session") => {
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
    area: (_: Area) => ({
      get: (key) => {
        reads++;
        const value = stored.get(key);
        return new Promise((resolve) =>
          setTimeout(() => resolve(value === undefined ? {} : { [key]: value })),
        );
      },
      set: async (items) => {
        if (failWrites) throw new Error("QUOTA_BYTES quota exceeded");
        write(items);
      },
    }),
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return {
    api,
    /** A write by another context (or a test), straight to storage. */
    foreignWrite: write,
    reads: () => reads,
    hold: (on: boolean) => {
      holdEvents = on;
    },
    releaseOneEvent: () => held.shift()?.(),
    failWrites: (on: boolean) => {
      failWrites = on;
    },
  };
}

const numbers = (stored: unknown) =>
  stored && typeof stored === "object" ? (stored as Record<string, number>) : {};
const flush = () => new Promise((resolve) => setTimeout(resolve));

describe("StorageItem", () => {
  it("reads storage once, then answers from memory", async () => {
    const storage = fakeStorage();
    const item = new StorageItem(storage.api, "session", "n", numbers);
    storage.foreignWrite({ n: { a: 1 } });
    expect(await item.get()).toEqual({ a: 1 });
    expect(await item.get()).toEqual({ a: 1 });
    expect(storage.reads()).toBe(1);
  });

  it("hands out copies that the caller may change", async () => {
    const item = new StorageItem(fakeStorage().api, "session", "n", numbers);
    const first = await item.get();
    first.a = 5;
    expect(await item.get()).toEqual({});
  });

  it("follows writes made elsewhere", async () => {
    const storage = fakeStorage();
    const item = new StorageItem(storage.api, "session", "n", numbers);
    await item.get();
    storage.foreignWrite({ n: { b: 2 } });
    await flush();
    expect(await item.get()).toEqual({ b: 2 });
  });

  it("keeps its own newest write when the older write's event arrives after it", async () => {
    const storage = fakeStorage();
    const item = new StorageItem(storage.api, "session", "n", numbers);
    await item.get();
    storage.hold(true);
    await item.set({ a: 1 });
    await item.set({ a: 2 });
    expect(await item.get()).toEqual({ a: 2 });
    storage.releaseOneEvent();
    expect(await item.get()).toEqual({ a: 2 });
    storage.releaseOneEvent();
    expect(await item.get()).toEqual({ a: 2 });
    storage.hold(false);
    storage.foreignWrite({ n: { a: 3 } });
    await flush();
    expect(await item.get()).toEqual({ a: 3 });
  });

  it("skips a write that changes nothing, whatever the key order, and still sees the next change", async () => {
    const storage = fakeStorage();
    const item = new StorageItem(storage.api, "session", "n", numbers);
    storage.foreignWrite({ n: { a: 1, b: 2 } });
    await flush();
    await item.get();
    await item.set({ b: 2, a: 1 });
    storage.foreignWrite({ n: { c: 3 } });
    await flush();
    expect(await item.get()).toEqual({ c: 3 });
  });

  it("forgets its copy when a write fails, and reads storage again", async () => {
    const storage = fakeStorage();
    const item = new StorageItem(storage.api, "session", "n", numbers);
    await item.get();
    storage.failWrites(true);
    await expect(item.set({ a: 1 })).rejects.toThrow("quota");
    storage.failWrites(false);
    expect(await item.get()).toEqual({});
    expect(storage.reads()).toBe(2);
  });

  it("does not keep a read that a change overtook", async () => {
    const storage = fakeStorage();
    storage.foreignWrite({ n: { a: 1 } });
    const item = new StorageItem(storage.api, "session", "n", numbers);
    const reading = item.get();
    storage.foreignWrite({ n: { a: 2 } });
    await reading;
    await flush();
    expect(await item.get()).toEqual({ a: 2 });
  });

  it("offers its copy for a first render, and tells whether a change came since", async () => {
    const storage = fakeStorage();
    const item = new StorageItem(storage.api, "session", "n", numbers);
    expect(item.current()).toBeNull();
    await item.get();
    const first = item.current();
    expect(first?.value).toEqual({});
    expect(item.changedSince(first?.changes ?? -1)).toBe(false);
    storage.foreignWrite({ n: { a: 1 } });
    await flush();
    expect(item.changedSince(first?.changes ?? -1)).toBe(true);
    expect(item.current()?.value).toEqual({ a: 1 });
  });

  it("tells subscribers of every change to its key in its area, checked", async () => {
    const storage = fakeStorage();
    const item = new StorageItem(storage.api, "session", "n", numbers);
    const seen: unknown[] = [];
    const stop = item.onChanged((value) => seen.push(value));
    storage.foreignWrite({ n: { a: 1 } }, "local");
    storage.foreignWrite({ other: { a: 1 } });
    storage.foreignWrite({ n: "not an object" });
    await flush();
    stop();
    storage.foreignWrite({ n: { a: 1 } });
    await flush();
    expect(seen).toEqual([{}]);
  });
});

describe("dropEntries", () => {
  it("removes the entries that match, by value or key, and writes nothing when none does", async () => {
    const storage = fakeStorage();
    const item = new StorageItem(storage.api, "session", "n", numbers);
    storage.foreignWrite({ n: { a: 1, b: 2, c: 3 } });
    await dropEntries(item, (value, key) => value === 2 || key === "c");
    expect(await item.get()).toEqual({ a: 1 });
    storage.failWrites(true);
    await dropEntries(item, (value) => value === 5);
    expect(await item.get()).toEqual({ a: 1 });
  });
});
