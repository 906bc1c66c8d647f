// Reads the message table's shapes (src/lib/schema.ts) as data, for the security test: a valid sample of
// each request, and a check of parsed output written apart from the parser and stricter than it (plain
// objects, own data properties, no key the shape does not declare).
import type { Shape } from "../lib/schema";

/** A valid value for `shape`: the smallest that passes, with every optional field present. */
export function sampleOf(shape: Shape): unknown {
  switch (shape.kind) {
    case "object":
      return Object.fromEntries(Object.entries(shape.fields).map(([key, field]) => [key, sampleOf(field)]));
    case "string":
      return "x".repeat(Math.min(1, shape.max));
    case "integer":
      return shape.min;
    case "boolean":
      return true;
    case "oneOf":
      return shape.options[0];
    case "nullable":
    case "optional":
      return sampleOf(shape.of);
  }
}

/** Whether `value` is exactly what `shape` describes. */
export function conforms(shape: Shape, value: unknown): boolean {
  switch (shape.kind) {
    case "object":
      return exactObject(shape.fields, value);
    case "string":
      return typeof value === "string" && value.length <= shape.max;
    case "integer":
      return Number.isSafeInteger(value) && (value as number) >= shape.min && (value as number) <= shape.max;
    case "boolean":
      return typeof value === "boolean";
    case "oneOf":
      return shape.options.includes(value);
    case "nullable":
      return value === null || conforms(shape.of, value);
    case "optional":
      return conforms(shape.of, value);
  }
}

/** A plain object with each required field, optional ones absent or valid, and no other key. */
function exactObject(fields: Readonly<Record<string, Shape>>, value: unknown): boolean {
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
    return false;
  }
  const keys = Reflect.ownKeys(value);
  const required = Object.entries(fields).filter(([, field]) => field.kind !== "optional");
  if (!required.every(([key]) => keys.includes(key))) return false;
  return keys.every((key) => {
    const field = typeof key === "string" && Object.hasOwn(fields, key) ? fields[key] : undefined;
    const d = typeof key === "string" ? Object.getOwnPropertyDescriptor(value, key) : undefined;
    return field !== undefined && d !== undefined && "value" in d && conforms(field, d.value);
  });
}

/** Every field path of an object shape, nested ones included, each with its sample value. */
export function fieldPaths(shape: Shape, prefix: string[] = []): { path: string[]; sample: unknown }[] {
  if (shape.kind !== "object") return [];
  return Object.entries(shape.fields).flatMap(([key, field]) => {
    const inner = field.kind === "nullable" || field.kind === "optional" ? field.of : field;
    return [{ path: [...prefix, key], sample: sampleOf(field) }, ...fieldPaths(inner, [...prefix, key])];
  });
}
