// Docs origins the user adds in the options page, each for one application of one profile. The options
// page asks for the host permission where the manifest does not hold it already (a user gesture is
// needed); here an origin is only kept while that permission is held, and removing the origin gives an
// asked-for permission back. Nothing is registered in the page: authorizing needs only the permission.
import browser from "webextension-polyfill";
import { isPingCloudOrigin, originPattern, parseDocsOrigin } from "../lib/docs-target";
import { t } from "../lib/i18n";
import type { Application } from "../lib/profile";
import { docsOriginsItem, docsPinsItem, profilesItem } from "../lib/storage";
import { serial } from "./serial";

export function addDocsOrigin(
  input: string,
  profileId: string,
  app: Application,
): Promise<{ ok: true } | { ok: false; error: string }> {
  return serial(async () => {
    const profile = (await profilesItem.get()).find((p) => p.id === profileId);
    if (!profile) return { ok: false, error: t("commonProfileGone") };
    const parsed = parseDocsOrigin(input, profile);
    if (!parsed.ok) return parsed;
    if (!(await browser.permissions.contains({ origins: [originPattern(parsed.origin)] }))) {
      return { ok: false, error: t("originNotGranted") };
    }
    const origins = (await docsOriginsItem.get()).filter((o) => o.origin !== parsed.origin);
    await docsOriginsItem.set([...origins, { origin: parsed.origin, profileId, app }]);
    return { ok: true };
  });
}

export function removeDocsOrigin(origin: string): Promise<{ ok: true }> {
  return serial(async () => {
    const origins = await docsOriginsItem.get();
    const kept = origins.filter((o) => o.origin !== origin);
    await docsOriginsItem.set(kept);
    const pins = await docsPinsItem.get();
    if (origin in pins) {
      delete pins[origin];
      await docsPinsItem.set(pins);
    }
    // Give an asked-for permission back unless another added origin on the same host still needs it (the
    // manifest's own, for ping.cloud, is not ours to give back).
    const asked = origins.some((o) => o.origin === origin) && !isPingCloudOrigin(origin);
    const pattern = asked ? originPattern(origin) : null;
    if (pattern && !kept.some((o) => originPattern(o.origin) === pattern)) {
      await browser.permissions.remove({ origins: [pattern] });
    }
    return { ok: true };
  });
}

/** The user took the permission back (chrome://extensions): forget the origins that needed it. */
export async function onPermissionsRemoved(removed: browser.Permissions.Permissions): Promise<void> {
  const patterns = new Set(removed.origins ?? []);
  for (const o of await docsOriginsItem.get()) {
    if (patterns.has(originPattern(o.origin))) await removeDocsOrigin(o.origin);
  }
}
