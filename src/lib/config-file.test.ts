import { describe, expect, it } from "vitest";
import { CONFIG_FORMAT, exportConfig, importedSettings, readConfig } from "./config-file";
import type { Profile } from "./profile";
import { DEFAULT_SETTINGS } from "./state";

const dev = { environment: "dev", customer: "acme", region: "us1", name: "" };
const prod = { environment: "prod", customer: "acme", region: "us1", name: "Acme production" };

describe("config file", () => {
  it("exports personal profiles and settings only, and reads its own export back", () => {
    const profiles: Profile[] = [
      { id: "1", ...dev, colour: "red", defaultApp: "argocd" },
      { id: "2", ...prod, managed: true },
    ];
    const file = exportConfig(profiles, DEFAULT_SETTINGS);
    expect(file).toEqual({
      format: CONFIG_FORMAT,
      version: 1,
      profiles: [{ ...dev, colour: "red", defaultApp: "argocd" }],
      settings: DEFAULT_SETTINGS,
    });
    expect(readConfig(JSON.stringify(file))).toEqual({ ok: true, config: file });
  });

  it("rejects the whole file, naming every fault", () => {
    const text = JSON.stringify({
      format: CONFIG_FORMAT,
      version: 1,
      profiles: [prod, { ...dev, region: "US 1" }, prod, "x", { ...dev, colour: "pink" }],
      settings: { autoAuthorize: "yes", notifyLeadMinutes: 90, keepTokens: false },
      tokens: { a: "eyJ…" },
    });
    const result = readConfig(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.report).toEqual([
      expect.stringMatching(/^profiles\[1\]: Region/),
      "profiles[2]: prod-acme.us1.ping.cloud is listed twice.",
      expect.stringMatching(/^profiles\[3\]: /),
      "profiles[4].colour: one of red, orange, green, blue, purple, grey.",
      "settings.autoAuthorize: must be true or false.",
      "settings.notifyLeadMinutes: must be whole minutes from 0 to 60.",
      "tokens: not something this file holds.",
    ]);
  });

  it.each([
    ["{", /^Not JSON: /],
    ["[]", /^Not a P1AS Token Capture export/],
    [JSON.stringify({ format: CONFIG_FORMAT, version: 2 }), /^Version 2 is not one/],
    [JSON.stringify({ format: CONFIG_FORMAT, version: 1 }), /^profiles: must be a list/],
  ])("explains %s", (text, message) => {
    const result = readConfig(text);
    expect(result.ok ? "" : result.report[0]).toMatch(message);
  });
});

describe("importedSettings", () => {
  const on = { ...DEFAULT_SETTINGS, keepTokens: true };
  const file = { ...DEFAULT_SETTINGS, notifyLeadMinutes: 10 };

  it("applies the file's settings but never turns keeping tokens on", () => {
    expect(importedSettings({ ...file, keepTokens: true }, DEFAULT_SETTINGS)).toEqual({
      settings: { ...file, keepTokens: false },
      keepTokensLeftOff: true,
    });
  });

  it("keeps it on when the file asks for it too, and turns it off when the file says off", () => {
    expect(importedSettings({ ...file, keepTokens: true }, on)).toEqual({
      settings: { ...file, keepTokens: true },
      keepTokensLeftOff: false,
    });
    expect(importedSettings(file, on)).toEqual({ settings: file, keepTokensLeftOff: false });
    expect(importedSettings(file, DEFAULT_SETTINGS)).toEqual({ settings: file, keepTokensLeftOff: false });
  });
});
