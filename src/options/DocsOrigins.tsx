import { useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { type DocsOrigin, isPingCloudOrigin, originPattern, parseDocsOrigin } from "../lib/docs-target";
import { t } from "../lib/i18n";
import { type Application, type Profile, profileLabel } from "../lib/profile";
import { send } from "../lib/send";
import { ApplicationSelect, ProfileSelect } from "../ui/selects";

/**
 * Docs origins beyond the profiles' admin API hosts: a local or proxied Swagger UI, or another host of a
 * profile's environment, each for one application of one profile.
 */
export function DocsOrigins({ profiles, origins }: { profiles: Profile[]; origins: DocsOrigin[] }) {
  const [input, setInput] = useState("");
  const [profileId, setProfileId] = useState("");
  const [app, setApp] = useState<Application>("self-service");
  const [message, setMessage] = useState("");
  const chosen = profiles.find((p) => p.id === profileId) ?? profiles[0];

  const add = async (event: Event) => {
    event.preventDefault();
    setMessage("");
    if (!chosen) return setMessage(t("optionsAddProfileFirst"));
    const parsed = parseDocsOrigin(input, chosen);
    if (!parsed.ok) return setMessage(parsed.error);
    // The manifest holds ping.cloud already; elsewhere the browser asks the user here, which must happen
    // in this click, before any other await.
    const granted =
      isPingCloudOrigin(parsed.origin) ||
      (await browser.permissions.request({ origins: [originPattern(parsed.origin)] }));
    if (!granted) return setMessage(t("optionsNotGranted"));
    const result = await send("addDocsOrigin", { origin: parsed.origin, profileId: chosen.id, app });
    setMessage(result.ok ? t("optionsOriginAdded", parsed.origin) : result.error);
    if (result.ok) setInput("");
  };

  return (
    <section class="card" aria-label={t("optionsDocsLabel")}>
      <h2>{t("optionsDocsHeading")}</h2>
      <p class="muted">{t("optionsDocsIntro")}</p>
      <ul class="profiles">
        {origins.map((o) => {
          const profile = profiles.find((p) => p.id === o.profileId);
          return (
            <li key={o.origin} class="row">
              <span class="grow">
                {o.origin}{" "}
                <span class="muted">
                  → {profile ? profileLabel(profile) : t("commonRemovedProfile")} · {o.app}
                </span>
              </span>
              <button
                type="button"
                aria-label={t("commonRemoveNamed", o.origin)}
                onClick={() => void send("removeDocsOrigin", { origin: o.origin })}
              >
                {t("commonRemove")}
              </button>
            </li>
          );
        })}
      </ul>
      <form class="row wrap" onSubmit={add}>
        <label class="field grow">
          <span>{t("optionsDocsOrigin")}</span>
          <input
            value={input}
            placeholder={t("optionsDocsOriginHint")}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <ProfileSelect profiles={profiles} value={chosen?.id} onChange={setProfileId} />
        <ApplicationSelect
          label={t("commonApplication")}
          value={app}
          onChange={(choice) => choice && setApp(choice)}
        />
        <button type="submit" class="primary">
          {t("optionsAddOrigin")}
        </button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
