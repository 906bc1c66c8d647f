import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { type Profile, placeOfP1asUrl, profileDomain } from "../lib/profile";

/**
 * An open P1AS tab of an environment that has no profile yet, for the new-profile form to start from:
 * the active tab first, then any other. Tabs' URLs on *.ping.cloud are ours to read (host permission).
 */
export function useOpenP1asTab(profiles: readonly Profile[] | undefined, wanted: boolean): URL | null {
  const [found, setFound] = useState<URL | null>(null);
  useEffect(() => {
    if (!wanted || !profiles) return;
    const known = new Set(profiles.map(profileDomain));
    void browser.tabs
      .query({ url: "https://*.ping.cloud/*" })
      .then((tabs) => {
        const urls = tabs
          .sort((a, b) => Number(b.active) - Number(a.active))
          .flatMap((tab) => (tab.url ? [tab.url] : []));
        const url = urls.find((u) => {
          const place = placeOfP1asUrl(u);
          return place !== null && !known.has(profileDomain(place));
        });
        setFound(url ? new URL(url) : null);
      })
      .catch(() => setFound(null));
  }, [profiles, wanted]);
  return found;
}
