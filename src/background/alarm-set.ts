// One-shot alarms kept per item (a token key), under a name prefix: the set is made to match what is
// wanted now, leaving an alarm already at the right time alone, so frequent reschedules cost nothing.
import browser from "webextension-polyfill";

export async function setAlarms(prefix: string, wanted: ReadonlyMap<string, number>): Promise<void> {
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(prefix) && !wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) {
    if ((await browser.alarms.get(name))?.scheduledTime !== when) await browser.alarms.create(name, { when });
  }
}
