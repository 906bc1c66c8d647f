// The upgrade pass the background runs at every start of its service worker: each item stored at an
// older version (or bare, as v0.1.0 stored it) is written back at the current one, and each part that
// fails its check is moved into the area's kept-aside list (with when, which key and which version)
// instead of being dropped. An item stored by a newer version (the user went back to an older build) is not written: a copy of it is kept
// aside once, so that whatever this build writes later cannot destroy it.
// When everything is current the pass costs one read per area and the checks, and writes nothing.
import { KEPT_ASIDE_KEY, type KeptAside, keptAsideDeclaration } from "./kept-aside";
import type { Area, StorageApi } from "./storage-item";
import { decode, encode, type ItemDeclaration, unwrap, versionOf } from "./versioned";

/** What a pass did, by area: the keys written back, and the entries it kept aside. */
export type UpgradeReport = Record<Area, { written: string[]; keptAside: KeptAside[] }>;

export async function upgradeStorage(
  api: StorageApi,
  declarations: readonly ItemDeclaration<unknown>[],
  now: number,
): Promise<UpgradeReport> {
  const report: UpgradeReport = {
    local: { written: [], keptAside: [] },
    session: { written: [], keptAside: [] },
  };
  for (const area of ["local", "session"] as const) {
    const inArea = declarations.filter((d) => d.area === area);
    const stored = await api.area(area).get([...inArea.map((d) => d.key), KEPT_ASIDE_KEY]);
    const keptDeclaration = keptAsideDeclaration(area);
    const kept = decode(keptDeclaration, stored[KEPT_ASIDE_KEY]).value;
    const writes: Record<string, unknown> = {};
    const added: KeptAside[] = [];
    for (const declaration of inArea) {
      const raw = stored[declaration.key];
      if (raw === undefined) continue;
      const read = decode(declaration, raw);
      const version = read.storedVersion ?? versionOf(declaration);
      if (version > versionOf(declaration)) {
        const known = kept.some(
          (k) => k.key === declaration.key && k.reason === "newer" && k.version === version,
        );
        if (!known)
          added.push({ key: declaration.key, at: now, reason: "newer", version, parts: [unwrap(raw).value] });
        continue;
      }
      if (read.rejected.length > 0) {
        added.push({ key: declaration.key, at: now, reason: "rejected", version, parts: read.rejected });
      }
      // A bare value (v0.1.0's form) is wrapped even at the current version: after one start, every stored
      // value says its version, and a bare one can only be v0.1.0's.
      const bare = declaration.area === "local" && unwrap(raw).value === raw;
      if (read.rejected.length > 0 || version < versionOf(declaration) || bare) {
        writes[declaration.key] = encode(declaration, read.value);
      }
    }
    if (added.length > 0) writes[KEPT_ASIDE_KEY] = encode(keptDeclaration, [...kept, ...added]);
    // One write per area: the item's valid part and what it lost are stored together, or neither is.
    if (Object.keys(writes).length > 0) await api.area(area).set(writes);
    report[area] = { written: Object.keys(writes).filter((key) => key !== KEPT_ASIDE_KEY), keptAside: added };
  }
  return report;
}
