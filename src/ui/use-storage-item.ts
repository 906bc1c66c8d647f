import { useEffect, useState } from "preact/hooks";
import type { StorageItem } from "../lib/storage-item";

/**
 * A storage item's value, read once and then kept current; undefined until the first read, unless the
 * page read it before rendering (effects run only after the first frame).
 */
export function useStorageItem<T>(item: StorageItem<T>): T | undefined {
  const [first] = useState(() => item.current());
  const [value, setValue] = useState<T | undefined>(first?.value);
  useEffect(() => {
    let changed = false;
    const stop = item.onChanged((next) => {
      changed = true;
      setValue(next);
    });
    // Read now unless the first render had the value and nothing changed since; a change that lands
    // while this read is in flight is newer than what the read returns.
    if (!first || item.changedSince(first.changes)) void item.get().then((read) => changed || setValue(read));
    return stop;
  }, [item, first]);
  return value;
}
