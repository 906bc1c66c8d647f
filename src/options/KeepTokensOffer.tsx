import { useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { send } from "../lib/send";

/**
 * After an import that asked to keep tokens on disk (and was refused that): turns it on only once the
 * user has read the warning the setting itself shows, and confirmed.
 */
export function KeepTokensOffer() {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        {t("importKeepTokensOffer")}
      </button>
    );
  }
  return (
    <>
      <p class="waiting">{t("settingsKeepTokensOn")}</p>
      <div class="row">
        <button type="button" class="danger" onClick={() => void send("setSettings", { keepTokens: true })}>
          {t("importKeepTokensConfirm")}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t("commonCancel")}
        </button>
      </div>
    </>
  );
}
