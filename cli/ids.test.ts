import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GECKO_ID as MANIFEST_GECKO_ID, manifestFor } from "../src/manifest";
import { CHROME_EXTENSION_ID, extensionIdOfKey, GECKO_ID } from "./ids.js";

describe("our extension ids", () => {
  it("Chrome's is the one the manifest's key gives", () => {
    const { key } = manifestFor("chrome") as { key?: string };
    if (!key) throw new Error("the Chrome manifest has no key");
    const sha256 = (data: Buffer) => createHash("sha256").update(data).digest();
    expect(extensionIdOfKey(key, sha256)).toBe(CHROME_EXTENSION_ID);
  });

  it("Firefox's is the manifest's add-on id", () => {
    expect(GECKO_ID).toBe(MANIFEST_GECKO_ID);
  });
});
