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
 * A copy button that says "Copied ✓" on itself for a moment, where the eye is. Both texts are laid in the
 * same grid cell so the button keeps its width; the hidden one is not part of its name.
 */
export function CopyButton({ label, text, announcement, copy, announce, primary = false }: Props) {
  const [copied, flash] = useFlash<true>(1500);
  const onClick = () =>
    void copy(text).then(() => {
      flash(true);
      announce(announcement);
    });
  return (
    <button type="button" class={`copy${primary ? " primary" : ""}`} onClick={onClick}>
      <span class={copied ? "hidden-text" : undefined}>{label}</span>
      <span class={copied ? undefined : "hidden-text"}>{t("tokenCopiedShort")}</span>
    </button>
  );
}
