// At every start of the service worker, before any other read-modify-write of storage (this feature is
// first in index.ts, and the pass runs in the `serial` queue), stored items are brought to the current
// version and what fails its check is kept aside: src/lib/storage-upgrade.ts.
import { DECLARED, storageApi } from "../lib/storage";
import { upgradeStorage } from "../lib/storage-upgrade";
import { serial } from "./serial";

export function register(): void {
  void serial(() => upgradeStorage(storageApi, DECLARED, Date.now())).catch(() => undefined);
}
