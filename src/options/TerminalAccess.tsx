import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import { t } from "../lib/i18n";
import { type Profile, profileDomain, profileLabel } from "../lib/profile";
import { send } from "../lib/send";
import { type TerminalAccess as Access, isTerminalAccess } from "../lib/terminal";

const LABELS = {
  off: "optionsTerminalOff",
  ask: "optionsTerminalAsk",
  allow: "optionsTerminalAllow",
} as const;

/** Whether the organisation's policy turned terminal access off (storage.managed), read once. */
function usePolicyOff(): boolean {
  const [off, setOff] = useState(false);
  useEffect(() => {
    browser.storage.managed
      .get("terminalAccess")
      .then(({ terminalAccess }) => setOff(terminalAccess === false))
      .catch(() => undefined); // Firefox without a policy: nothing is turned off
  }, []);
  return off;
}

/**
 * Per profile, whether `p1as-token` in a terminal may get its tokens: Off (the default), Ask each time (a
 * notification asks), Allow. The browser's nativeMessaging permission is asked for the first time a
 * profile's access is turned on, from that very change (the request needs the user's gesture).
 */
export function TerminalAccess({
  profiles,
  access,
}: {
  profiles: Profile[];
  access: Record<string, Exclude<Access, "off">>;
}) {
  const policyOff = usePolicyOff();
  const [message, setMessage] = useState("");
  const change = async (profile: Profile, value: Access) => {
    setMessage("");
    if (value !== "off") {
      // First, before any other await: the permission prompt needs this change's user activation. Once
      // granted, the browser answers at once, without a prompt.
      const granted = await browser.permissions
        .request({ permissions: ["nativeMessaging"] })
        .catch(() => false);
      if (!granted) return setMessage(t("optionsTerminalNotGranted"));
    }
    // A message set here also renders the select again, back at the stored access.
    const result = await send("setTerminalAccess", { profileId: profile.id, access: value }).catch(() => ({
      ok: false as const,
      error: t("commonNotAnswered"),
    }));
    if (!result.ok) setMessage(result.error);
  };
  return (
    <section class="card" aria-label={t("optionsTerminalHeading")}>
      <h2>{t("optionsTerminalHeading")}</h2>
      <p class="muted">{policyOff ? t("errorTerminalPolicyOff") : t("optionsTerminalIntro")}</p>
      <ul class="profiles">
        {profiles.map((p) => (
          <li key={p.id} class="row" aria-label={profileLabel(p)}>
            <span class="grow">
              {profileLabel(p)} <span class="muted">{profileDomain(p)}</span>
            </span>
            <label class="field">
              <span>{t("optionsTerminalAccess")}</span>
              <select
                value={policyOff ? "off" : (access[p.id] ?? "off")}
                disabled={policyOff}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  if (isTerminalAccess(value)) void change(p, value);
                }}
              >
                {(["off", "ask", "allow"] as const).map((a) => (
                  <option key={a} value={a}>
                    {t(LABELS[a])}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
