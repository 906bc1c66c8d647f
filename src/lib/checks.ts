// Checks of stored values that say what they reject: storage can hold anything (an older or newer build's
// data, a hand edit in DevTools), and a part that fails its check is kept aside by the background, never
// silently dropped (see src/background/storage-upgrade.ts). Readers use the valid part.

/** A stored value, checked: what is valid, and each rejected part as it was stored (JSON). */
export interface Checked<T> {
  value: T;
  /** A list's entries, a map's `{ key: value }`, a setting's `{ field: value }`, a nullable item's value. */
  rejected: unknown[];
}

export type Check<T> = (stored: unknown) => Checked<T>;

/** A list where each valid entry is kept; an absent list is empty, anything else rejected whole. */
export const listOf =
  <T>(entry: (v: unknown) => T | undefined): Check<T[]> =>
  (stored) => {
    if (stored === undefined) return { value: [], rejected: [] };
    if (!Array.isArray(stored)) return { value: [], rejected: [stored] };
    const value: T[] = [];
    const rejected: unknown[] = [];
    for (const v of stored) {
      const checked = entry(v);
      if (checked === undefined) rejected.push(v);
      else value.push(checked);
    }
    return { value, rejected };
  };

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A string-keyed map where each valid entry is kept; an absent map is empty, anything else rejected. */
export const mapOf =
  <T>(entry: (v: unknown) => T | undefined): Check<Record<string, T>> =>
  (stored) => {
    if (stored === undefined) return { value: {}, rejected: [] };
    if (!isMap(stored)) return { value: {}, rejected: [stored] };
    const kept: [string, T][] = [];
    const rejected: unknown[] = [];
    for (const [key, v] of Object.entries(stored)) {
      const checked = entry(v);
      if (checked === undefined) rejected.push({ [key]: v });
      else kept.push([key, checked]);
    }
    // fromEntries defines own properties, so a stored key such as "__proto__" cannot reach the prototype.
    return { value: Object.fromEntries(kept), rejected };
  };

/** A value or null: absent and null are null; a value that fails its check is rejected. */
export const orNull =
  <T>(entry: (v: unknown) => T | undefined): Check<T | null> =>
  (stored) => {
    if (stored === undefined || stored === null) return { value: null, rejected: [] };
    const value = entry(stored);
    return value === undefined ? { value: null, rejected: [stored] } : { value, rejected: [] };
  };

/**
 * An object of named fields, each checked on its own: a missing field takes its default (a field added
 * later), a field that fails its check takes it too and is rejected; fields we do not know are ignored.
 */
export function fieldsOf<T extends object>(
  checks: { [K in keyof T]: (v: unknown) => v is T[K] },
  fallback: T,
): Check<T> {
  return (stored) => {
    if (stored === undefined) return { value: { ...fallback }, rejected: [] };
    if (!isMap(stored)) return { value: { ...fallback }, rejected: [stored] };
    const value = { ...fallback };
    const rejected: unknown[] = [];
    for (const field of Object.keys(checks) as (keyof T & string)[]) {
      const v = stored[field];
      if (v === undefined) continue;
      if (checks[field](v)) value[field] = v;
      else rejected.push({ [field]: v });
    }
    return { value, rejected };
  };
}
