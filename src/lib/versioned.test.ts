import { describe, expect, it } from "vitest";
import { fieldsOf, listOf, mapOf, orNull } from "./checks";
import { decode, encode, type ItemDeclaration, unwrap } from "./versioned";

const isNumber = (v: unknown) => (typeof v === "number" ? v : undefined);
const isFlag = (v: unknown): v is boolean => typeof v === "boolean";

/** Version 3 of a list of { n, unit }: v1 held bare numbers, v2 objects without a unit. */
const numbers: ItemDeclaration<{ n: number; unit: string }[]> = {
  area: "local",
  key: "numbers",
  version: 3,
  check: listOf((v) => {
    const { n, unit } = (v ?? {}) as Record<string, unknown>;
    return typeof n === "number" && typeof unit === "string" ? { n, unit } : undefined;
  }),
  migrations: {
    1: (stored) => (Array.isArray(stored) ? stored.map((n: unknown) => ({ n })) : stored),
    2: (stored) =>
      Array.isArray(stored) ? stored.map((e: unknown) => ({ unit: "m", ...(e as object) })) : stored,
  },
};

describe("decode", () => {
  it("reads a bare value as version 1 and migrates it step by step before the check", () => {
    expect(decode(numbers, [1, 2])).toEqual({
      value: [
        { n: 1, unit: "m" },
        { n: 2, unit: "m" },
      ],
      rejected: [],
      storedVersion: 1,
    });
  });

  it("starts the chain at the stored version, and migrates nothing at the current one", () => {
    expect(decode(numbers, { version: 2, value: [{ n: 1, unit: "s" }, { n: 2 }] }).value).toEqual([
      { n: 1, unit: "s" },
      { n: 2, unit: "m" },
    ]);
    expect(decode(numbers, { version: 3, value: [{ n: 1 }] })).toEqual({
      value: [],
      rejected: [{ n: 1 }],
      storedVersion: 3,
    });
  });

  it("reads a newer version as best it can: what still fits is used, the rest rejected", () => {
    const newer = { version: 4, value: [{ n: 1, unit: "m", extra: true }, { count: 2 }] };
    expect(decode(numbers, newer)).toEqual({
      value: [{ n: 1, unit: "m" }],
      rejected: [{ count: 2 }],
      storedVersion: 4,
    });
  });

  it("takes nothing stored for the default, with nothing rejected", () => {
    expect(decode(numbers, undefined)).toEqual({ value: [], rejected: [], storedVersion: null });
  });

  it("stores local items wrapped at the current version, session items bare", () => {
    expect(encode(numbers, [{ n: 1, unit: "m" }])).toEqual({ version: 3, value: [{ n: 1, unit: "m" }] });
    const session: ItemDeclaration<number | null> = { area: "session", key: "s", check: orNull(isNumber) };
    expect(encode(session, 5)).toBe(5);
    expect(decode(session, 5)).toEqual({ value: 5, rejected: [], storedVersion: 1 });
  });
});

describe("unwrap", () => {
  it("knows the wrapping only with exactly a positive integer version and a value", () => {
    expect(unwrap({ version: 2, value: [] })).toEqual({ version: 2, value: [] });
    for (const bare of [
      { version: 2, value: [], other: 1 },
      { version: 0, value: [] },
      { version: "2", value: [] },
      { version: 2 },
      { autoAuthorize: true, notifyLeadMinutes: 5 },
      [1, 2],
      "text",
    ]) {
      expect(unwrap(bare)).toEqual({ version: 1, value: bare });
    }
  });
});

describe("checks", () => {
  it("return each rejected entry of a list, each rejected pair of a map, a rejected nullable value", () => {
    expect(listOf(isNumber)([1, "a", 2])).toEqual({ value: [1, 2], rejected: ["a"] });
    expect(listOf(isNumber)({ not: "a list" })).toEqual({ value: [], rejected: [{ not: "a list" }] });
    expect(mapOf(isNumber)({ a: 1, b: "x" })).toEqual({ value: { a: 1 }, rejected: [{ b: "x" }] });
    expect(mapOf(isNumber)(JSON.parse('{"__proto__": 1}'))).toEqual({
      value: JSON.parse('{"__proto__": 1}'),
      rejected: [],
    });
    expect(orNull(isNumber)("x")).toEqual({ value: null, rejected: ["x"] });
    expect(orNull(isNumber)(null)).toEqual({ value: null, rejected: [] });
  });

  it("check fields on their own: a missing one takes its default, a bad one is rejected", () => {
    const check = fieldsOf<{ a: boolean; b: boolean }>({ a: isFlag, b: isFlag }, { a: true, b: false });
    expect(check({ a: false, b: "yes", unknown: 1 })).toEqual({
      value: { a: false, b: false },
      rejected: [{ b: "yes" }],
    });
    expect(check(undefined)).toEqual({ value: { a: true, b: false }, rejected: [] });
    expect(check("nonsense")).toEqual({ value: { a: true, b: false }, rejected: ["nonsense"] });
  });
});
