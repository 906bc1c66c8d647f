// The application pinned per docs origin: only for origins on a profile's hosts.
import { profileOfHostUrl } from "../lib/docs-target";
import type { Application } from "../lib/profile";
import { docsPinsItem, profilesItem } from "../lib/storage";
import { serial } from "./serial";

export function setDocsPin(origin: string, app: Application | null): Promise<{ ok: boolean }> {
  return serial(async () => {
    if (!profileOfHostUrl(await profilesItem.get(), origin) || new URL(origin).origin !== origin)
      return { ok: false };
    const pins = await docsPinsItem.get();
    if (app) pins[origin] = app;
    else delete pins[origin];
    await docsPinsItem.set(pins);
    return { ok: true };
  });
}
