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
      <summary>Settings</summary>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.autoAuthorize}
          onChange={(e) => void setSettings({ autoAuthorize: e.currentTarget.checked })}
        />
        <span>Authorize Swagger UI on your environments' API docs by itself (when off, use Apply now)</span>
      </label>
      <MinutesField
        id="notify-lead"
        label="Notify this many minutes before a token expires (0: never)"
        value={settings.notifyLeadMinutes}
        onChange={(notifyLeadMinutes) => void setSettings({ notifyLeadMinutes })}
      />
      <MinutesField
        id="renew-lead"
        label="Renew silently this many minutes before a token expires (for the tokens set to)"
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
        <span>Keep tokens across browser restarts</span>
      </label>
      <p id="keep-tokens-note" class={settings.keepTokens ? "waiting" : "muted"}>
        {settings.keepTokens
          ? "Tokens are now also written unencrypted to this browser profile on disk, where anyone who can read it can use them until they expire."
          : "Off: tokens live in memory only and are gone when the browser closes."}
      </p>
    </details>
  );
}
