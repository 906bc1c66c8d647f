import { describe, expect, it } from "vitest";
import { CONFIG_FORMAT, exportConfig, readConfig } from "./config-file";
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
