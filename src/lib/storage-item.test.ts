import { describe, expect, it } from "vitest";
import { fakeStorage } from "../test-setup/fake-storage";
import { dropEntries, StorageItem } from "./storage-item";

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

  it("loads into memory for a first render with one read, and its copy stays its own", async () => {
    const storage = fakeStorage();
    storage.foreignWrite({ n: { a: 1 } });
    const item = new StorageItem(storage.api, "session", "n", numbers);
    await item.load();
    await item.load();
    expect(storage.reads()).toBe(1);
    const first = item.current();
    expect(first?.value).toEqual({ a: 1 });
    if (first) first.value.a = 5;
    expect(await item.get()).toEqual({ a: 1 });
    expect(storage.reads()).toBe(1);
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
