import { t } from "../lib/i18n";
import { useFlash } from "./use-flash";

interface Props {
  label: string;
  text: string;
  /** Said to screen readers once copied, e.g. "Copied token." */
  announcement: string;
  copy: (text: string) => Promise<void>;
  announce: (text: string) => void;
  primary?: boolean;
}

/**
 * A copy button that says "Copied ✓" on itself for a moment, where the eye is. Meanwhile its label is held
 * in `data-label` for the stylesheet, which lays it out hidden and without height, so that the button
 * keeps its width; it is no part of the button's name, and a button not just clicked has no such box.
 */
export function CopyButton({ label, text, announcement, copy, announce, primary = false }: Props) {
  const [copied, flash] = useFlash<true>(1500);
  const onClick = () =>
    void copy(text).then(() => {
      flash(true);
      announce(announcement);
    });
  return (
    <button
      type="button"
      class={`copy${primary ? " primary" : ""}`}
      data-label={copied ? label : undefined}
      onClick={onClick}
    >
      {copied ? t("tokenCopiedShort") : label}
    </button>
  );
}
