import { useEffect, useRef, useState } from "preact/hooks";
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
  // Values this field sent whose echo from storage has not come back yet, oldest first.
  const sent = useRef<number[]>([]);
  // A change made elsewhere (the options page, another popup) shows here at once; the echo of our own,
  // which may arrive after the user typed on, must not overwrite what is in the field now.
  useEffect(() => {
    const echo = sent.current.indexOf(value);
    if (echo >= 0) sent.current = sent.current.slice(echo + 1);
    else {
      sent.current = [];
      setText(String(value));
    }
  }, [value]);
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
            if (!valid(next)) return;
            sent.current.push(Number(next));
            onChange(Number(next));
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
