// The application pinned per docs origin: only for docs origins of ours (a profile's hosts or added ones).
import { docsProfile } from "../lib/docs-target";
import type { Application } from "../lib/profile";
import { docsOriginsItem, docsPinsItem, profilesItem } from "../lib/storage";
import { serial } from "./serial";

export function setDocsPin(origin: string, app: Application | null): Promise<{ ok: boolean }> {
  return serial(async () => {
    const profile = docsProfile(await profilesItem.get(), await docsOriginsItem.get(), origin);
    if (!profile || new URL(origin).origin !== origin) return { ok: false };
    const pins = await docsPinsItem.get();
    if (app) pins[origin] = app;
    else delete pins[origin];
    await docsPinsItem.set(pins);
    return { ok: true };
  });
}
