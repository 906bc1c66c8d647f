// One typed storage key: its check on read (after fregante/webext-storage), and a copy kept in memory.
// Why the copy: while a tab loads, the browser answers every extension API call late (measured 10–20 ms
// per storage read on the Success page, against 0.5 ms when idle), and the capture path reads four items.
// The copy follows storage.onChanged, so writes from any context reach it; only the background writes.

/** The part of `browser.storage` that an item needs; injected so the cache logic is testable. */
export interface StorageApi {
  area(name: Area): {
    get(keys: string | string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}
export type Area = "local" | "session";
type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

export class StorageItem<T> {
  private cached: { value: T } | null = null;
  /** Writes made here whose change events have not arrived yet: older than what the cache holds. */
  private ownWrites = 0;
  /** Counts change events, so that a read overtaken by a change is not cached. */
  private changes = 0;

  constructor(
    private readonly api: StorageApi,
    readonly area: Area,
    readonly key: string,
    private readonly read: (stored: unknown) => T,
    /** What a write stores for a value (its versioned form: src/lib/versioned.ts). */
    private readonly stored: (value: T) => unknown = (value) => value,
  ) {
    api.onChanged.addListener((changes, changedArea) => {
      const change = changes[this.key];
      if (changedArea !== this.area || !change) return;
      this.changes++;
      if (this.ownWrites > 0) this.ownWrites--;
      else this.cached = { value: this.read(change.newValue) };
    });
  }

  /** A copy of the current value, which the caller may change before `set`. */
  async get(): Promise<T> {
    const { value, kept } = await this.readThrough();
    return kept ? structuredClone(value) : value;
  }

  /** Reads the value into memory, for `current()` to give at once: no copy made, so none to throw away. */
  async load(): Promise<void> {
    await this.readThrough();
  }

  /** The value, read from storage unless it is in memory; `kept` when it is the copy in memory itself. */
  private async readThrough(): Promise<{ value: T; kept: boolean }> {
    if (this.cached) return { value: this.cached.value, kept: true };
    const changes = this.changes;
    const value = this.read((await this.api.area(this.area).get(this.key))[this.key]);
    if (changes !== this.changes || this.ownWrites > 0) return { value, kept: false };
    this.cached = { value };
    return { value, kept: true };
  }

  /**
   * A copy of the value in memory, if it was read here already (for a first render without waiting), and
   * the count of changes seen so far, to tell later whether it is still current.
   */
  current(): { value: T; changes: number } | null {
    return this.cached ? { value: structuredClone(this.cached.value), changes: this.changes } : null;
  }

  /** Whether a change arrived since `current()` counted `changes`. */
  changedSince(changes: number): boolean {
    return this.changes !== changes;
  }

  async set(value: T): Promise<void> {
    // Chrome sends no change event for a write that changes nothing, so such a write is not made at all.
    if (this.cached && canonical(this.cached.value) === canonical(value)) return;
    // Without a copy the write is not counted: its event, or the next read, brings the value.
    const counted = this.cached !== null;
    if (counted) {
      this.ownWrites++;
      this.cached = { value: structuredClone(value) };
    }
    try {
      await this.api.area(this.area).set({ [this.key]: this.stored(value) });
    } catch (error) {
      // Nothing changed, so no event comes: forget the copy and read storage next time.
      if (counted) this.ownWrites--;
      this.cached = null;
      throw error;
    }
  }

  /** Calls `callback` with the checked new value on every change; returns the function that stops it. */
  onChanged(callback: (value: T) => void): () => void {
    const listener: ChangeListener = (changes, changedArea) => {
      const change = changes[this.key];
      if (changedArea === this.area && change) callback(this.read(change.newValue));
    };
    this.api.onChanged.addListener(listener);
    return () => this.api.onChanged.removeListener(listener);
  }
}

/** Removes the entries of a keyed item for which `drop` holds: a read-modify-write, so inside `serial`. */
export async function dropEntries<T>(
  item: StorageItem<Record<string, T>>,
  drop: (value: T, key: string) => boolean,
): Promise<void> {
  const all = await item.get();
  const kept = Object.entries(all).filter(([key, value]) => !drop(value, key));
  if (kept.length !== Object.keys(all).length) await item.set(Object.fromEntries(kept));
}

/** JSON with object keys sorted: the browser compares stored values whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
