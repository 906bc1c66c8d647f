import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { type Place, type Profile, placeOfP1asUrl, profileDomain } from "../lib/profile";

/** An open P1AS tab's host, and the environment, customer and region it names. */
export interface OpenP1asTab {
  host: string;
  place: Place;
}

/**
 * An open P1AS tab of an environment that has no profile yet, for the new-profile form to start from:
 * the active tab first, then any other. Tabs' URLs on *.ping.cloud are ours to read (host permission).
 */
export function useOpenP1asTab(
  profiles: readonly Profile[] | undefined,
  wanted: boolean,
): OpenP1asTab | null {
  const [found, setFound] = useState<OpenP1asTab | null>(null);
  useEffect(() => {
    if (!wanted || !profiles) return;
    const known = new Set(profiles.map(profileDomain));
    void browser.tabs
      .query({ url: "https://*.ping.cloud/*" })
      .then((tabs) => {
        const open = tabs
          .sort((a, b) => Number(b.active) - Number(a.active))
          .flatMap((tab) => {
            const place = tab.url ? placeOfP1asUrl(tab.url) : null;
            return tab.url && place ? [{ host: new URL(tab.url).hostname, place }] : [];
          });
        setFound(open.find(({ place }) => !known.has(profileDomain(place))) ?? null);
      })
      .catch(() => setFound(null));
  }, [profiles, wanted]);
  return found;
}
