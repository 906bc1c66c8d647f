import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { fakeStorage } from "../test-setup/fake-storage";
import { listOf, orNull } from "./checks";
import { DECLARED } from "./storage";
import { upgradeStorage } from "./storage-upgrade";
import { decode, type ItemDeclaration } from "./versioned";

// storage.ts binds its items to the browser's storage; here only its declarations are used.
vi.mock("webextension-polyfill", () => ({
  default: { storage: { local: {}, session: {}, onChanged: { addListener() {}, removeListener() {} } } },
}));

const isNumber = (v: unknown) => (typeof v === "number" ? v : undefined);
const NOW = 1_700_000_000_000;
const numbers: ItemDeclaration<number[]> = {
  area: "local",
  key: "numbers",
  version: 2,
  check: listOf(isNumber),
  migrations: { 1: (stored) => (Array.isArray(stored) ? stored.map((v) => (v === "one" ? 1 : v)) : stored) },
};
const flag: ItemDeclaration<number | null> = { area: "session", key: "flag", check: orNull(isNumber) };

describe("upgradeStorage", () => {
  it("writes an older item back at the current version and keeps aside what fails, in the item's area", async () => {
    const storage = fakeStorage();
    storage.foreignWrite({ numbers: ["one", 2, "x"] }, "local");
    storage.foreignWrite({ flag: "not a number" }, "session");
    const report = await upgradeStorage(storage.api, [numbers, flag], NOW);
    expect(storage.contents("local")).toEqual({
      numbers: { version: 2, value: [1, 2] },
      keptAside: {
        version: 1,
        value: [{ key: "numbers", at: NOW, reason: "rejected", version: 1, parts: ["x"] }],
      },
    });
    expect(storage.contents("session")).toEqual({
      flag: null,
      keptAside: [{ key: "flag", at: NOW, reason: "rejected", version: 1, parts: ["not a number"] }],
    });
    expect(report.local.written).toEqual(["numbers"]);
  });

  it("writes nothing when everything is current and valid, and reads each area once", async () => {
    const storage = fakeStorage();
    storage.foreignWrite({ numbers: { version: 2, value: [1] } }, "local");
    storage.foreignWrite({ flag: 3 }, "session");
    const before = storage.reads();
    const report = await upgradeStorage(storage.api, [numbers, flag], NOW);
    expect(report).toEqual({
      local: { written: [], keptAside: [] },
      session: { written: [], keptAside: [] },
    });
    expect(storage.reads() - before).toBe(2);
    expect(storage.contents("local")).toEqual({ numbers: { version: 2, value: [1] } });
  });

  it("never writes over an item stored by a newer version, and keeps one copy of it aside", async () => {
    const storage = fakeStorage();
    const newer = { version: 3, value: [1, { shape: "of the future" }] };
    storage.foreignWrite({ numbers: newer }, "local");
    await upgradeStorage(storage.api, [numbers], NOW);
    await upgradeStorage(storage.api, [numbers], NOW + 1);
    expect(storage.contents("local")).toEqual({
      numbers: newer,
      keptAside: {
        version: 1,
        value: [{ key: "numbers", at: NOW, reason: "newer", version: 3, parts: [newer.value] }],
      },
    });
    expect(decode(numbers, newer).value).toEqual([1]);
  });

  it("adds to what was kept aside before, and leaves what is absent absent", async () => {
    const storage = fakeStorage();
    const earlier = { key: "numbers", at: 1, reason: "rejected", version: 1, parts: ["old"] };
    storage.foreignWrite({ numbers: { version: 2, value: [1, "y"] }, keptAside: [earlier] }, "local");
    await upgradeStorage(storage.api, [numbers, { ...numbers, key: "absent" }], NOW);
    expect(storage.contents("local")).toEqual({
      numbers: { version: 2, value: [1] },
      keptAside: {
        version: 1,
        value: [earlier, { key: "numbers", at: NOW, reason: "rejected", version: 2, parts: ["y"] }],
      },
    });
  });
});

describe("the storage written by v0.1.0 (e2e/fixtures/storage-v0.1.0.json)", () => {
  const fixture: Record<string, unknown> = JSON.parse(
    readFileSync(new URL("../../e2e/fixtures/storage-v0.1.0.json", import.meta.url), "utf8"),
  );

  it("upgrades to the current versions: everything kept, the origin without an application migrated, the broken profile aside", async () => {
    const storage = fakeStorage();
    storage.foreignWrite(fixture, "local");
    const report = await upgradeStorage(storage.api, DECLARED, NOW);
    const local = storage.contents("local") as Record<string, { version: number; value: unknown }>;
    for (const key of Object.keys(fixture)) expect(local[key]?.version, key).toBeGreaterThanOrEqual(1);
    expect(local.docsOrigins).toEqual({
      version: 2,
      value: [
        expect.objectContaining({ origin: "https://api-docs.dev-acme.us1.ping.cloud", app: "pingfederate" }),
        expect.objectContaining({
          origin: "https://legacy-docs.dev-acme.us1.ping.cloud",
          app: "self-service",
        }),
      ],
    });
    expect(local.profiles?.value).toHaveLength(3);
    expect(local.settings?.value).toEqual(fixture.settings);
    expect(local.history?.value).toEqual(fixture.history);
    expect(local.clientCredentials?.value).toEqual(fixture.clientCredentials);
    expect(report.local.keptAside).toEqual([
      {
        key: "profiles",
        at: NOW,
        reason: "rejected",
        version: 1,
        parts: [expect.objectContaining({ name: "Broken by hand" })],
      },
    ]);
    // A second start finds everything current.
    const again = await upgradeStorage(storage.api, DECLARED, NOW + 1);
    expect(again.local).toEqual({ written: [], keptAside: [] });
  });
});
