// Storage has no transactions: two captures arriving together would each read the old token map and the
// second write would drop the first. Every read-modify-write of our state runs through this one queue.
// Only the order of operations lives in memory; the state itself is always in storage.
let queue: Promise<unknown> = Promise.resolve();

export function serial<T>(operation: () => Promise<T>): Promise<T> {
  const result = queue.then(operation);
  queue = result.catch(() => undefined);
  return result;
}
