import { useEffect, useState } from "preact/hooks";
import { isLeadMinutes, MAX_LEAD_MINUTES, type Settings } from "../lib/state";

interface Props {
  settings: Settings;
  /** Open from the start (the options page) rather than folded (the popup). */
  open?: boolean;
  setSettings(change: Partial<Settings>): Promise<unknown>;
}

/** The settings, each applied as soon as it changes; shared by the popup and the options page. */
export function SettingsPanel({ settings, open = false, setSettings }: Props) {
  const [lead, setLead] = useState(String(settings.notifyLeadMinutes));
  // A change made elsewhere (the options page, another popup) shows here at once.
  useEffect(() => setLead(String(settings.notifyLeadMinutes)), [settings.notifyLeadMinutes]);
  const leadValid = isLeadMinutes(Number(lead)) && lead.trim() !== "";
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
      <label class="field">
        <span>Notify this many minutes before a token expires (0: never)</span>
        <input
          type="number"
          min={0}
          max={MAX_LEAD_MINUTES}
          step={1}
          value={lead}
          aria-invalid={leadValid ? "false" : "true"}
          aria-describedby={leadValid ? undefined : "lead-error"}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setLead(value);
            if (isLeadMinutes(Number(value)) && value.trim() !== "") {
              void setSettings({ notifyLeadMinutes: Number(value) });
            }
          }}
        />
      </label>
      {!leadValid && (
        <span id="lead-error" class="error" role="alert">
          Enter whole minutes from 0 to {MAX_LEAD_MINUTES}.
        </span>
      )}
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
