import type { Settings } from "../lib/state";
import type { Actions } from "./actions";

export function SettingsPanel({ settings, actions }: { settings: Settings; actions: Actions }) {
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
    </details>
  );
}
