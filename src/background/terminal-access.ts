// Terminal access per profile (Off, Ask each time, Allow), and the organisation's word over it: a policy
// `terminalAccess: false` turns it off for everyone, whatever the profiles say.
import { answerWithin } from "../lib/answer-within";
import { t } from "../lib/i18n";
import { profilesItem, terminalAccessItem } from "../lib/storage";
import type { TerminalAccess } from "../lib/terminal";
import { managedPolicy } from "./managed";
import { serial } from "./serial";

/**
 * How long the policy may take to answer. Chromium answers about 3 s after the browser starts (up to 4 s on
 * a loaded machine here), and sometimes never.
 */
const POLICY_WAIT_MS = 10_000;

/**
 * What enterprise policy says of terminal access (storage.managed `terminalAccess: false` turns it off).
 * "unread" when the browser did not answer in time: it counts as off, since the organisation may have
 * turned it off.
 */
async function terminalPolicy(): Promise<"allowed" | "off" | "unread"> {
  const read = managedPolicy("terminalAccess").then(({ terminalAccess }) =>
    terminalAccess === false ? ("off" as const) : ("allowed" as const),
  );
  return answerWithin(read, POLICY_WAIT_MS, "unread" as const);
}

/** Whether terminal access is off for everyone: by policy, or because the policy could not be read. */
export async function terminalPolicyOff(): Promise<boolean> {
  return (await terminalPolicy()) !== "allowed";
}

export async function setTerminalAccess(
  profileId: string,
  access: TerminalAccess,
): Promise<{ ok: true } | { ok: false; error: string }> {
  // The policy is read before joining the queue, as in managed.ts: it can take seconds to answer.
  const policy = access === "off" ? "allowed" : await terminalPolicy();
  return serial(async () => {
    if (!(await profilesItem.get()).some((p) => p.id === profileId)) {
      return { ok: false, error: t("commonProfileGone") };
    }
    if (policy === "off") return { ok: false, error: t("errorTerminalPolicyOff") };
    if (policy === "unread") return { ok: false, error: t("errorTerminalPolicyUnread") };
    const all = await terminalAccessItem.get();
    if (access === "off") delete all[profileId];
    else all[profileId] = access;
    await terminalAccessItem.set(all);
    return { ok: true as const };
  });
}
