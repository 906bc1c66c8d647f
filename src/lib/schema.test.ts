import { describe, expect, it } from "vitest";
import { boolean, integer, nullable, object, oneOf, optional, parse, string } from "./schema";

const shape = object({
  name: string(5),
  count: integer(0, 10),
  on: optional(boolean),
  colour: nullable(oneOf(["red", "blue"])),
  inner: object({ id: string(3) }),
});
const valid = { name: "abc", count: 3, on: false, colour: null, inner: { id: "a" } };

describe("parse", () => {
  it("gives back the declared fields only, as new plain objects", () => {
    const parsed = parse(shape, { ...valid, extra: 1, inner: { id: "a", extra: 2 } });
    expect(parsed).toEqual(valid);
    expect(parsed?.inner).not.toBe(valid.inner);
  });

  it("leaves out an optional field that is absent or undefined", () => {
    expect(parse(shape, { ...valid, on: undefined })).not.toHaveProperty("on");
    const { on: _, ...withoutOn } = valid;
    expect(parse(shape, withoutOn)).toEqual(withoutOn);
  });

  it.each([
    ["a string too long", { name: "abcdef" }],
    ["a number out of range", { count: 11 }],
    ["a fraction", { count: 1.5 }],
    ["a number as text", { count: "3" }],
    ["a value not listed", { colour: "green" }],
    ["null where it is not allowed", { name: null }],
    ["a missing required field", { name: undefined }],
    ["an array for an object", { inner: ["a"] }],
    ["a bad nested field", { inner: { id: 1 } }],
  ])("refuses %s", (_, change) => {
    expect(parse(shape, { ...valid, ...change })).toBeNull();
  });

  it("reads own fields only, never the prototype's", () => {
    expect(parse(object({ token: string(10) }), Object.create({ token: "inherited" }))).toBeNull();
    expect(parse(object({ toString: optional(string(10)) }), {})).toEqual({});
  });
});
