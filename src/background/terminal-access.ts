// Terminal access per profile (Off, Ask each time, Allow), and the organisation's word over it: a policy
// `terminalAccess: false` turns it off for everyone, whatever the profiles say.
import { t } from "../lib/i18n";
import { profilesItem, terminalAccessItem } from "../lib/storage";
import type { TerminalAccess } from "../lib/terminal";
import { managedPolicy } from "./managed";
import { serial } from "./serial";

/** Whether enterprise policy turned terminal access off (storage.managed `terminalAccess: false`). */
export async function terminalPolicyOff(): Promise<boolean> {
  return (await managedPolicy("terminalAccess")).terminalAccess === false;
}

export async function setTerminalAccess(
  profileId: string,
  access: TerminalAccess,
): Promise<{ ok: true } | { ok: false; error: string }> {
  // The policy is read before joining the queue, as in managed.ts: it can take seconds to answer.
  const policyOff = access !== "off" && (await terminalPolicyOff());
  return serial(async () => {
    if (!(await profilesItem.get()).some((p) => p.id === profileId)) {
      return { ok: false, error: t("commonProfileGone") };
    }
    if (policyOff) return { ok: false, error: t("errorTerminalPolicyOff") };
    const all = await terminalAccessItem.get();
    if (access === "off") delete all[profileId];
    else all[profileId] = access;
    await terminalAccessItem.set(all);
    return { ok: true as const };
  });
}
