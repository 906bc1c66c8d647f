import { useEffect, useState } from "preact/hooks";
import type { StorageItem } from "../lib/storage-item";

/** A storage item's value, read once and then kept current; undefined until the first read. */
export function useStorageItem<T>(item: StorageItem<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let changed = false;
    const stop = item.onChanged((next) => {
      changed = true;
      setValue(next);
    });
    // A change that lands while the first read is in flight is newer than what that read returns.
    void item.get().then((first) => changed || setValue(first));
    return stop;
  }, [item]);
  return value;
}
