import { t } from "../lib/i18n";
import type { Settings } from "../lib/state";
import { MinutesField } from "./MinutesField";

interface Props {
  settings: Settings;
  /** Open from the start (the options page) rather than folded (the popup). */
  open?: boolean;
  setSettings(change: Partial<Settings>): Promise<unknown>;
}

/** The settings, each applied as soon as it changes; shared by the popup and the options page. */
export function SettingsPanel({ settings, open = false, setSettings }: Props) {
  return (
    <details class="card" open={open}>
      <summary>{t("settingsHeading")}</summary>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.autoAuthorize}
          onChange={(e) => void setSettings({ autoAuthorize: e.currentTarget.checked })}
        />
        <span>{t("settingsAutoAuthorize")}</span>
      </label>
      <MinutesField
        id="notify-lead"
        label={t("settingsNotifyLead")}
        value={settings.notifyLeadMinutes}
        onChange={(notifyLeadMinutes) => void setSettings({ notifyLeadMinutes })}
      />
      <MinutesField
        id="renew-lead"
        label={t("settingsRenewLead")}
        value={settings.renewLeadMinutes}
        onChange={(renewLeadMinutes) => void setSettings({ renewLeadMinutes })}
      />
      <label class="row">
        <input
          type="checkbox"
          checked={settings.keepTokens}
          aria-describedby="keep-tokens-note"
          onChange={(e) => void setSettings({ keepTokens: e.currentTarget.checked })}
        />
        <span>{t("settingsKeepTokens")}</span>
      </label>
      <p id="keep-tokens-note" class={settings.keepTokens ? "waiting" : "muted"}>
        {settings.keepTokens ? t("settingsKeepTokensOn") : t("settingsKeepTokensOff")}
      </p>
    </details>
  );
}
