// Docs origins the user adds in the options page. The options page asks for the host permission (a user
// gesture is needed); here an origin is only kept while that permission is held, and removing the origin
// gives the permission back. Nothing is registered in the page: authorizing needs only the permission.
import browser from "webextension-polyfill";
import { originPattern, parseDocsOrigin } from "../lib/docs-target";
import { t } from "../lib/i18n";
import { docsOriginsItem, docsPinsItem, profilesItem } from "../lib/storage";
import { serial } from "./serial";

export function addDocsOrigin(
  input: string,
  profileId: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  return serial(async () => {
    const parsed = parseDocsOrigin(input);
    if (!parsed.ok) return parsed;
    if (!(await profilesItem.get()).some((p) => p.id === profileId)) {
      return { ok: false, error: t("commonProfileGone") };
    }
    if (!(await browser.permissions.contains({ origins: [originPattern(parsed.origin)] }))) {
      return { ok: false, error: t("originNotGranted") };
    }
    const origins = (await docsOriginsItem.get()).filter((o) => o.origin !== parsed.origin);
    await docsOriginsItem.set([...origins, { origin: parsed.origin, profileId }]);
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
    // Give the permission back unless another added origin on the same host still needs it.
    const pattern = origins.some((o) => o.origin === origin) ? originPattern(origin) : null;
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
