import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { type MissingHosts, missingHosts } from "../lib/host-access";

const REQUIRED = browser.runtime.getManifest().host_permissions ?? [];

/** The manifest's host permissions the browser does not hold now; read before the popup's first render. */
export async function checkHostAccess(): Promise<MissingHosts[]> {
  try {
    const granted = await browser.permissions.getAll();
    return missingHosts(REQUIRED, granted.origins ?? []);
  } catch {
    return [];
  }
}

const same = (a: MissingHosts[], b: MissingHosts[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The missing hosts, from `first` (read before the first render), kept current as the user changes them.
 * Set only when they differ: a new but equal list would render the whole popup again.
 */
export function useHostAccess(first: MissingHosts[]): MissingHosts[] {
  const [missing, setMissing] = useState(first);
  useEffect(() => {
    const update = () =>
      void checkHostAccess().then((next) => setMissing((shown) => (same(shown, next) ? shown : next)));
    // Once more now: a change between the first read and these listeners would otherwise go unseen.
    update();
    browser.permissions.onAdded.addListener(update);
    browser.permissions.onRemoved.addListener(update);
    return () => {
      browser.permissions.onAdded.removeListener(update);
      browser.permissions.onRemoved.removeListener(update);
    };
  }, []);
  return missing;
}
