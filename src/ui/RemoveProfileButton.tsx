import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../lib/i18n";
import { type Profile, profileLabel } from "../lib/profile";

/**
 * Remove, then a second, named button that does it (it also drops the profile's tokens) beside Cancel.
 * Focus follows: to the confirmation when it appears, back to Remove when cancelled.
 */
export function RemoveProfileButton({ profile, onRemove }: { profile: Profile; onRemove: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const remove = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
    else if (returnFocus) remove.current?.focus();
  }, [confirming, returnFocus]);

  if (!confirming) {
    return (
      <button
        ref={remove}
        type="button"
        aria-label={t("commonRemoveNamed", profileLabel(profile))}
        onClick={() => setConfirming(true)}
      >
        {t("commonRemove")}
      </button>
    );
  }
  return (
    <>
      <button ref={confirm} type="button" class="danger" onClick={onRemove}>
        {t("commonRemoveProfileConfirm", profileLabel(profile))}
      </button>
      <button
        type="button"
        onClick={() => {
          setConfirming(false);
          setReturnFocus(true);
        }}
      >
        {t("commonCancel")}
      </button>
    </>
  );
}
