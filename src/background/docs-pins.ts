// The application pinned per docs origin: only for docs targets (a profile's admin API hosts or added
// origins), and only an application of that same profile, since tokens are chosen within the profile.
import type { Application } from "../lib/profile";
import { docsPinsItem } from "../lib/storage";
import { serial } from "./serial";
import { targetOf } from "./swagger";

export function setDocsPin(origin: string, app: Application | null): Promise<{ ok: boolean }> {
  return serial(async () => {
    const target = await targetOf(origin);
    if (!target || target.origin !== origin) return { ok: false };
    const pins = await docsPinsItem.get();
    if (app) pins[origin] = app;
    else delete pins[origin];
    await docsPinsItem.set(pins);
    return { ok: true };
  });
}
