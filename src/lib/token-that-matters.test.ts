import { describe, expect, it } from "vitest";
import type { Profile } from "./profile";
import type { StoredToken } from "./state";
import { tokenThatMatters } from "./token-that-matters";

const now = 1_800_000_000_000;
const min = 60_000;
const profile = (id: string, environment: string): Profile => ({
  id,
  environment,
  customer: "acme",
  region: "us1",
  name: "",
});
const PROFILES = [profile("a", "dev"), profile("b", "prod")];
const token = (profileId: string, app: StoredToken["app"], exp: number | null): StoredToken => ({
  raw: `${profileId}.${app}.${exp}`,
  profileId,
  app,
  source: "capture",
  capturedAt: now - 10 * min,
  exp,
});

describe("tokenThatMatters", () => {
  const devSelf = token("a", "self-service", now + 50 * min);
  const devFed = token("a", "pingfederate", now + 20 * min);
  const prodSelf = token("b", "self-service", now + 3 * min);

  it("takes the token the active tab's docs would get", () => {
    const tokens = [devSelf, devFed, prodSelf];
    const url = "https://pingfederate-admin-api.dev-acme.us1.ping.cloud/docs";
    expect(tokenThatMatters(tokens, PROFILES, [], {}, url, now)).toBe(devFed);
    expect(
      tokenThatMatters(tokens, PROFILES, [], {}, "https://self-service-api.dev-acme.us1.ping.cloud/", now),
    ).toBe(devSelf);
  });

  it("else takes the token that runs out first", () => {
    expect(tokenThatMatters([devSelf, devFed, prodSelf], PROFILES, [], {}, "https://example.com/", now)).toBe(
      prodSelf,
    );
    expect(tokenThatMatters([devSelf, prodSelf], PROFILES, [], {}, null, now)).toBe(prodSelf);
  });

  it("tells of an expired token on its profile's tab, and elsewhere only when nothing is alive", () => {
    const expired = token("b", "self-service", now - min);
    const url = "https://self-service-api.prod-acme.us1.ping.cloud/docs";
    expect(tokenThatMatters([devSelf, expired], PROFILES, [], {}, url, now)).toBe(expired);
    expect(tokenThatMatters([devSelf, expired], PROFILES, [], {}, null, now)).toBe(devSelf);
    expect(tokenThatMatters([expired], PROFILES, [], {}, null, now)).toBe(expired);
    expect(tokenThatMatters([], PROFILES, [], {}, url, now)).toBeNull();
  });

  it("follows an added docs origin to its profile", () => {
    const origins = [{ origin: "http://localhost:8080", profileId: "b", app: "self-service" as const }];
    expect(
      tokenThatMatters([devSelf, prodSelf], PROFILES, origins, {}, "http://localhost:8080/docs", now),
    ).toBe(prodSelf);
  });

  it("follows a pin to the pinned application's token, and never to another's", () => {
    const url = "https://self-service-api.dev-acme.us1.ping.cloud/docs";
    const pins = { "https://self-service-api.dev-acme.us1.ping.cloud": "pingfederate" as const };
    expect(tokenThatMatters([devSelf, devFed], PROFILES, [], pins, url, now)).toBe(devFed);
    // The self-service host with only a pingfederate token: its badge speaks of the soonest token instead.
    expect(tokenThatMatters([devFed, prodSelf], PROFILES, [], {}, url, now)).toBe(prodSelf);
  });
});
