// What a stored item is: its area, key, check and version, with the migrations from every earlier version,
// and how a stored value becomes the current shape. Pure, so that every context reads alike and the rules
// are unit-tested (versioned.test.ts).
//
// The stored form: { version: N, value: V } for items in storage.local. v0.1.0 wrote every value bare, and
// a bare value reads as version 1. The wrapping is unambiguous for every item that v0.1.0 kept: a stored
// object with exactly the two keys `version` (a positive integer) and `value` is no v0.1.0 value (settings
// have other fields; the maps are keyed by profile id, origin or token key, and none of those in
// storage.local holds a number). Items in storage.session are stored bare and have no version: see
// `SESSION_NEVER_OLDER`.
import type { Check, Checked } from "./checks";

/** Each migration takes the stored shape of version n, unchecked, to version n + 1. */
export type Migrations = Readonly<Record<number, (stored: unknown) => unknown>>;

export type ItemDeclaration<T> =
  | {
      area: "local";
      key: string;
      /** The current shape's version: raise it, and add the migration from the one before, on a change. */
      version: number;
      check: Check<T>;
      migrations: Migrations;
      /** Holds tokens or secrets: the options page shows only how much was kept aside, never the value. */
      secret?: true;
    }
  | { area: "session"; key: string; check: Check<T>; secret?: true };

/**
 * Why session items have no version: storage.session lives in memory and does not outlive the extension's
 * own run, so a session value is always written by the build that reads it. Chrome: "The storage is
 * cleared if the extension is disabled, reloaded, updated, and when the browser restarts"
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-session). Firefox keeps it
 * in a WeakMap keyed by the running Extension object, which an update or reload replaces
 * (toolkit/components/extensions/ExtensionStorage.sys.mjs, `extensionStorageSession.buckets`); its schema
 * says "kept in memory, and only until the either browser or extension is closed or reloaded"
 * (toolkit/components/extensions/schemas/storage.json). MDN says only that it is cleared when the browser
 * stops or the extension is uninstalled.
 */
export const SESSION_NEVER_OLDER = 1;

export const versionOf = (declaration: ItemDeclaration<unknown>): number =>
  declaration.area === "local" ? declaration.version : SESSION_NEVER_OLDER;

/** A stored value read: checked, with the version it was stored at (null: nothing stored). */
export interface Decoded<T> extends Checked<T> {
  storedVersion: number | null;
}

const isVersion = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;

/** The version and value of what is stored under an item's key; a bare value is version 1. */
export function unwrap(stored: unknown): { version: number; value: unknown } {
  if (typeof stored === "object" && stored !== null && !Array.isArray(stored)) {
    const keys = Object.keys(stored);
    const { version, value } = stored as Record<string, unknown>;
    if (keys.length === 2 && keys.includes("value") && isVersion(version)) return { version, value };
  }
  return { version: 1, value: stored };
}

/**
 * The stored value in the current shape: migrated step by step from an older version, then checked. A
 * newer version (the user went back to an older build) is read as best it can: checked as if current,
 * so whatever still fits is used; src/background/storage-upgrade.ts keeps a copy of it aside.
 */
export function decode<T>(declaration: ItemDeclaration<T>, stored: unknown): Decoded<T> {
  if (stored === undefined) return { ...declaration.check(undefined), storedVersion: null };
  if (declaration.area === "session") return { ...declaration.check(stored), storedVersion: 1 };
  const { version, value } = unwrap(stored);
  let migrated = value;
  for (let from = version; from < declaration.version; from++) {
    const step = declaration.migrations[from];
    if (step) migrated = step(migrated);
  }
  return { ...declaration.check(migrated), storedVersion: version };
}

/** What a write stores: the value at the current version (session items bare). */
export const encode = <T>(declaration: ItemDeclaration<T>, value: T): unknown =>
  declaration.area === "local" ? { version: declaration.version, value } : value;
