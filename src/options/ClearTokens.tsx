import { useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { send } from "../lib/send";

/** Every stored token gone at once, after one confirmation: the way out of a shared or lost session. */
export function ClearTokens({ count }: { count: number }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState("");
  const clear = async () => {
    await send("clearTokens", {});
    setConfirming(false);
    setDone(t("optionsCleared"));
  };
  return (
    <section class="card" aria-label={t("commonTokens")}>
      <h2>{t("commonTokens")}</h2>
      <p class="muted">{count === 1 ? t("optionsOneToken") : t("optionsTokenCount", count)}</p>
      <div class="row">
        {confirming ? (
          <>
            <button type="button" class="danger" onClick={() => void clear()}>
              {t("optionsClearAllConfirm", count)}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t("commonCancel")}
            </button>
          </>
        ) : (
          <button type="button" disabled={count === 0} onClick={() => setConfirming(true)}>
            {t("optionsClearAll")}
          </button>
        )}
      </div>
      {done && <p role="status">{done}</p>}
    </section>
  );
}
