import { useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { hostOf, type MissingHosts } from "../lib/host-access";
import { formatList, t } from "../lib/i18n";

/** What stops working without these hosts, naming them. */
function consequence({ purpose, origins }: MissingHosts): string {
  const hosts = origins.map(hostOf);
  return purpose === "mint"
    ? t("hostAccessMint", formatList(hosts))
    : t("hostAccessCapture", formatList(hosts));
}

/** Says which sites the browser does not let us reach, what stops working, and asks for them back. */
export function HostAccessNotice({ missing }: { missing: MissingHosts[] }) {
  const [refused, setRefused] = useState(false);
  if (missing.length === 0) return null;
  const ask = () => {
    // Firefox grants only from a user's click: the request is the first thing the handler does.
    void browser.permissions.request({ origins: missing.flatMap((group) => group.origins) }).then(
      (granted) => setRefused(!granted),
      () => setRefused(true),
    );
  };
  return (
    <section class="card warning" role="alert">
      <p>{t("hostAccessMissing")}</p>
      <ul>
        {missing.map((group) => (
          <li key={group.purpose}>{consequence(group)}</li>
        ))}
      </ul>
      <button type="button" class="primary" onClick={ask}>
        {t("hostAccessAllow")}
      </button>
      {refused && <p class="muted">{t("hostAccessRefused")}</p>}
    </section>
  );
}
