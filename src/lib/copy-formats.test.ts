import { expect, it } from "vitest";
import { authorizationHeader, claimsJson, curlCommand } from "./copy-formats";

it("formats the header, the curl example and the claims", () => {
  expect(authorizationHeader("a.b.c")).toBe("Authorization: Bearer a.b.c");
  expect(curlCommand("a.b.c", "self-service-api.dev-acme.us1.ping.cloud")).toBe(
    "curl -sS -H 'Authorization: Bearer a.b.c' 'https://self-service-api.dev-acme.us1.ping.cloud/api/v1/'",
  );
  expect(claimsJson({ sub: "ann", groups: ["a"] })).toBe(
    '{\n  "sub": "ann",\n  "groups": [\n    "a"\n  ]\n}',
  );
});
