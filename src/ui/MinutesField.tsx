import { useEffect, useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { isLeadMinutes, MAX_LEAD_MINUTES } from "../lib/state";

interface Props {
  id: string;
  label: string;
  value: number;
  onChange(minutes: number): void;
}

/** Whole minutes from 0 to 60, applied as soon as they are valid and explained while they are not. */
export function MinutesField({ id, label, value, onChange }: Props) {
  const [text, setText] = useState(String(value));
  // A change made elsewhere (the options page, another popup) shows here at once.
  useEffect(() => setText(String(value)), [value]);
  const valid = (t: string) => t.trim() !== "" && isLeadMinutes(Number(t));
  return (
    <>
      <label class="field">
        <span>{label}</span>
        <input
          type="number"
          min={0}
          max={MAX_LEAD_MINUTES}
          step={1}
          value={text}
          aria-invalid={valid(text) ? "false" : "true"}
          aria-describedby={valid(text) ? undefined : `${id}-error`}
          onInput={(e) => {
            const next = e.currentTarget.value;
            setText(next);
            if (valid(next)) onChange(Number(next));
          }}
        />
      </label>
      {!valid(text) && (
        <span id={`${id}-error`} class="error" role="alert">
          {t("settingsMinutesRange", MAX_LEAD_MINUTES)}
        </span>
      )}
    </>
  );
}
