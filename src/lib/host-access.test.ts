import { describe, expect, it } from "vitest";
import { hostOf, missingHosts } from "./host-access";

const REQUIRED = [
  "https://*.ping.cloud/*",
  "https://auth.pingone.com/*",
  "https://auth.pingone.eu/*",
  "https://auth.pingone.com.au/*",
];

describe("missingHosts", () => {
  it("is empty when every required origin is granted, extra grants or not", () => {
    expect(missingHosts(REQUIRED, [...REQUIRED, "https://docs.example/*"])).toEqual([]);
  });

  it("groups what is missing by what stops working, capture first", () => {
    expect(missingHosts(REQUIRED, ["https://auth.pingone.com/*"])).toEqual([
      { purpose: "capture", origins: ["https://*.ping.cloud/*"] },
      { purpose: "mint", origins: ["https://auth.pingone.eu/*", "https://auth.pingone.com.au/*"] },
    ]);
  });

  it("reports a missing PingOne region alone when the rest is held", () => {
    const granted = REQUIRED.filter((origin) => !origin.includes(".eu/"));
    expect(missingHosts(REQUIRED, granted)).toEqual([
      { purpose: "mint", origins: ["https://auth.pingone.eu/*"] },
    ]);
  });

  it("does not take a look-alike host for PingOne's", () => {
    expect(missingHosts(["https://auth.pingone.example.ping.cloud/*"], [])[0]?.purpose).toBe("capture");
    expect(missingHosts(["https://xauth.pingone.com/*"], [])[0]?.purpose).toBe("capture");
  });
});

describe("hostOf", () => {
  it.each([
    ["https://*.ping.cloud/*", "*.ping.cloud"],
    ["https://auth.pingone.com.au/*", "auth.pingone.com.au"],
    ["http://127.0.0.1/*", "127.0.0.1"],
  ])("%s reads %s", (origin, host) => {
    expect(hostOf(origin)).toBe(host);
  });
});
