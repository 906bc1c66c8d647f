import { useState } from "preact/hooks";
import { isLeadMinutes, MAX_LEAD_MINUTES, type Settings } from "../lib/state";
import type { Actions } from "./actions";

export function SettingsPanel({ settings, actions }: { settings: Settings; actions: Actions }) {
  const [lead, setLead] = useState(String(settings.notifyLeadMinutes));
  const leadValid = isLeadMinutes(Number(lead)) && lead.trim() !== "";
  return (
    <details class="card">
      <summary>Settings</summary>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.autoAuthorize}
          onChange={(e) => void actions.setSettings({ autoAuthorize: e.currentTarget.checked })}
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
              void actions.setSettings({ notifyLeadMinutes: Number(value) });
            }
          }}
        />
      </label>
      {!leadValid && (
        <span id="lead-error" class="error" role="alert">
          Enter whole minutes from 0 to {MAX_LEAD_MINUTES}.
        </span>
      )}
    </details>
  );
}
