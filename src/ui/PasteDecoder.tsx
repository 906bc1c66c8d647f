import { useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { decodeJwt } from "../lib/jwt";
import { ClaimsView } from "./ClaimsView";

/** Decodes whatever JWT the user pastes, here in the page only: nothing is stored or sent anywhere. */
export function PasteDecoder({ initial = "", open = false }: { initial?: string; open?: boolean }) {
  const [text, setText] = useState(initial);
  const trimmed = text.trim();
  const result = trimmed ? decodeJwt(trimmed) : null;
  return (
    <details class="card" open={open}>
      <summary>{t("decodePaste")}</summary>
      <label class="field">
        <span>{t("decodePasteLabel")}</span>
        <textarea rows={3} spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {result &&
        (result.ok ? (
          <ClaimsView jwt={result.jwt} />
        ) : (
          <p class="error" role="alert">
            {result.error}
          </p>
        ))}
    </details>
  );
}
