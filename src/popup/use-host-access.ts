import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { type MissingHosts, missingHosts } from "../lib/host-access";

const REQUIRED = browser.runtime.getManifest().host_permissions ?? [];

async function check(): Promise<MissingHosts[]> {
  const granted = await browser.permissions.getAll();
  return missingHosts(REQUIRED, granted.origins ?? []);
}

/** The manifest's host permissions the browser does not hold now, kept current as the user changes them. */
export function useHostAccess(): MissingHosts[] {
  const [missing, setMissing] = useState<MissingHosts[]>([]);
  useEffect(() => {
    const update = () => void check().then(setMissing, () => setMissing([]));
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
