import { describe, expect, it } from "vitest";
import { departedProfiles } from "./departed-profiles";
import type { Profile } from "./profile";

const dev: Profile = { id: "1", environment: "dev", customer: "acme", region: "us1", name: "" };
const prod: Profile = { id: "2", environment: "prod", customer: "acme", region: "us1", name: "" };

describe("departedProfiles", () => {
  it("names a profile gone from the list, as it was", () => {
    expect(departedProfiles([dev, prod], [prod])).toEqual([dev]);
  });

  it("names a profile whose domain changed, as it was before", () => {
    expect(departedProfiles([dev, prod], [{ ...dev, region: "eu1" }, prod])).toEqual([dev]);
  });

  it("leaves out a profile renamed, recoloured, reordered or taken over by policy under its id", () => {
    const after: Profile[] = [prod, { ...dev, name: "Acme dev", colour: "red", managed: true }];
    expect(departedProfiles([dev, prod], after)).toEqual([]);
  });

  it("names nothing when profiles are only added", () => {
    expect(departedProfiles([], [dev])).toEqual([]);
  });
});
