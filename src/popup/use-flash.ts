import { useEffect, useState } from "preact/hooks";

/**
 * A value shown for a moment and then cleared: a copy's echo, an announcement, an Undo offer. Gives the
 * value, a function that shows one, and one that clears it at once.
 */
export function useFlash<T>(ms: number): [T | null, (value: T) => void, () => void] {
  const [value, setValue] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (!value) return;
    const timer = setTimeout(() => setValue(null), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  // Wrapped, so that the same value shown twice in a row restarts the moment.
  return [value?.value ?? null, (next: T) => setValue({ value: next }), () => setValue(null)];
}
