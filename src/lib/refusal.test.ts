import { describe, expect, it } from "vitest";
import { parseRefusal } from "./refusal";

describe("parseRefusal", () => {
  it("names the required and provided roles exactly as P1AS lists them", () => {
    expect(
      parseRefusal(
        "Access token is missing required scopes. Required scopes: all-tls-admin dev-tls-admin. Provided scopes: .",
      ),
    ).toEqual({ required: ["all-tls-admin", "dev-tls-admin"], provided: [] });
    expect(
      parseRefusal(
        "Access token is missing required scopes. Required scopes: a b. Provided scopes: dev-tls-audit.",
      ),
    ).toEqual({ required: ["a", "b"], provided: ["dev-tls-audit"] });
  });
  it("names none where the answer names none (older builds), and takes nothing that is no role name", () => {
    expect(parseRefusal("Access token is missing required scopes.")).toEqual({ required: [], provided: [] });
    expect(parseRefusal("Required scopes: <img src=x> ok. Provided scopes: .")).toEqual({
      required: ["ok"],
      provided: [],
    });
  });
});
