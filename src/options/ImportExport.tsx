import { useState } from "preact/hooks";
import { exportConfig } from "../lib/config-file";
import { t } from "../lib/i18n";
import { MAX_CONFIG_TEXT } from "../lib/messages";
import type { Profile } from "../lib/profile";
import { send } from "../lib/send";
import type { Settings } from "../lib/state";
import { KeepTokensOffer } from "./KeepTokensOffer";

type Outcome = { kind: "ok" | "error"; lines: string[]; keepTokensLeftOff?: boolean } | null;

/** Profiles and settings to and from a JSON file, to share a setup; never tokens or secrets. */
export function ImportExport({ profiles, settings }: { profiles: Profile[]; settings: Settings }) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const download = () => {
    const body = `${JSON.stringify(exportConfig(profiles, settings), null, 2)}\n`;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([body], { type: "application/json" }));
    link.download = "p1as-token-capture.json";
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    if (file.size > MAX_CONFIG_TEXT) {
      return setOutcome({ kind: "error", lines: [t("importTooLarge")] });
    }
    const result = await send("importConfig", { text: await file.text() });
    setOutcome(
      result.ok
        ? {
            kind: "ok",
            lines: [
              result.added.length ? t("importAdded", result.added.join(", ")) : t("importNoneAdded"),
              ...(result.kept.length ? [t("importKept", result.kept.join(", "))] : []),
              t("importSettingsApplied"),
              ...(result.keepTokensLeftOff ? [t("importKeepTokensLeftOff")] : []),
            ],
            keepTokensLeftOff: result.keepTokensLeftOff,
          }
        : { kind: "error", lines: [t("importFailed"), ...result.report] },
    );
  };

  return (
    <section class="card" aria-label={t("importLabel")}>
      <h2>{t("importLabel")}</h2>
      <p class="muted">{t("importIntro")}</p>
      <div class="row wrap">
        <button type="button" onClick={download}>
          {t("importExportButton")}
        </button>
        <label class="field">
          <span>{t("importFile")}</span>
          <input type="file" accept="application/json,.json" onChange={(e) => void upload(e.currentTarget)} />
        </label>
      </div>
      {outcome && (
        <div
          role={outcome.kind === "error" ? "alert" : "status"}
          class={outcome.kind === "error" ? "error" : ""}
        >
          <ul>
            {outcome.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome?.keepTokensLeftOff && !settings.keepTokens && <KeepTokensOffer />}
    </section>
  );
}
