// Docs origins the user adds in the options page, each for one application of one profile. The options
// page asks for the host permission where the manifest does not hold it already (a user gesture is
// needed); here an origin is only kept while that permission is held, and removing the origin gives an
// asked-for permission back. Nothing is registered in the page: authorizing needs only the permission.
import browser from "webextension-polyfill";
import { type DocsOrigin, isPingCloudOrigin, originPattern, parseDocsOrigin } from "../lib/docs-target";
import { t } from "../lib/i18n";
import type { Application } from "../lib/profile";
import { docsOriginsItem, docsPinsItem, profilesItem } from "../lib/storage";
import { dropEntries } from "../lib/storage-item";
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
    await dropDocsOrigins((o) => o.origin === origin);
    return { ok: true };
  });
}

/** Drops the added origins that match and their pins; inside a serial operation. */
export async function dropDocsOrigins(matches: (o: DocsOrigin) => boolean): Promise<void> {
  const origins = await docsOriginsItem.get();
  const dropped = new Set(origins.filter(matches).map((o) => o.origin));
  const kept = origins.filter((o) => !dropped.has(o.origin));
  await docsOriginsItem.set(kept);
  await dropEntries(docsPinsItem, (_, origin) => dropped.has(origin));
  // Give each asked-for permission back unless another added origin on the same host still needs it (the
  // manifest's own, for ping.cloud, is not ours to give back).
  const needed = new Set(kept.map((o) => originPattern(o.origin)));
  const asked = [...dropped].filter((origin) => !isPingCloudOrigin(origin));
  for (const pattern of new Set(asked.map(originPattern))) {
    if (!needed.has(pattern)) await browser.permissions.remove({ origins: [pattern] });
  }
}

/** The user took the permission back (chrome://extensions): forget the origins that needed it. */
async function onPermissionsRemoved(removed: browser.Permissions.Permissions): Promise<void> {
  const patterns = new Set(removed.origins ?? []);
  for (const o of await docsOriginsItem.get()) {
    if (patterns.has(originPattern(o.origin))) await removeDocsOrigin(o.origin);
  }
}

export function register(): void {
  browser.permissions.onRemoved.addListener((removed) => void onPermissionsRemoved(removed));
}
