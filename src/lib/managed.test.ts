import { describe, expect, it } from "vitest";
import { mergeManaged, readManagedProfiles } from "./managed";
import type { Profile } from "./profile";

const fields = (environment: string, name = "") => ({ environment, customer: "acme", region: "us1", name });

describe("readManagedProfiles", () => {
  it("keeps what passes the checks and names each entry that does not", () => {
    const policy = {
      profiles: [
        fields("prod", "Acme production"),
        { environment: "dev" },
        fields("prod"),
        "x",
        fields("stage"),
      ],
    };
    const { profiles, rejected } = readManagedProfiles(policy);
    expect(profiles).toEqual([fields("prod", "Acme production"), fields("stage")]);
    expect(rejected).toEqual([
      expect.stringMatching(/^profiles\[1\]: Customer/),
      "profiles[2]: prod-acme.us1.ping.cloud is listed twice.",
      expect.stringMatching(/^profiles\[3\]: /),
    ]);
  });

  it("reads no policy, or a policy of another shape, as no profiles", () => {
    expect(readManagedProfiles(undefined)).toEqual({ profiles: [], rejected: [] });
    expect(readManagedProfiles({ profiles: "prod" })).toEqual({ profiles: [], rejected: [] });
  });
});

describe("mergeManaged", () => {
  const dev: Profile = { id: "p1", ...fields("dev") };
  const prodPersonal: Profile = { id: "p2", ...fields("prod", "mine") };

  it("puts managed profiles first, taking over a personal one of the same domain with its id", () => {
    expect(mergeManaged([dev, prodPersonal], [fields("prod", "Acme production")])).toEqual([
      { id: "p2", ...fields("prod", "Acme production"), managed: true },
      dev,
    ]);
  });

  it("drops a managed profile the policy no longer lists, and leaves personal ones alone", () => {
    const managed: Profile = { id: "managed:stage-acme.us1.ping.cloud", ...fields("stage"), managed: true };
    expect(mergeManaged([managed, dev], [])).toEqual([dev]);
    expect(mergeManaged([dev], [fields("stage")])).toEqual([managed, dev]);
  });
});
