// Shapes of data from other contexts, declared as plain data and checked by one function. Why not valibot:
// measured on the message table, valibot (tree-shaken) added 1.2 KB gzip to the background, taking it
// from 20.4 to 21.5 KB against its 20 KB budget; the seven kinds the table needs cost a few hundred bytes
// here. Being data, a shape can also be read by a test (src/test-setup/schema-walk.ts).
import { isRecord } from "./state";

export type Shape =
  | { kind: "string"; max: number }
  | { kind: "integer"; min: number; max: number }
  | { kind: "boolean" }
  | { kind: "oneOf"; options: readonly unknown[] }
  | { kind: "nullable"; of: Shape }
  | { kind: "optional"; of: Shape }
  | { kind: "object"; fields: Readonly<Record<string, Shape>> };

export const string = (max: number) => ({ kind: "string", max }) as const;
export const integer = (min: number, max: number) => ({ kind: "integer", min, max }) as const;
export const boolean = { kind: "boolean" } as const;
export const oneOf = <const O extends readonly unknown[]>(options: O) =>
  ({ kind: "oneOf", options }) as const;
export const nullable = <S extends Shape>(of: S) => ({ kind: "nullable", of }) as const;
export const optional = <S extends Shape>(of: S) => ({ kind: "optional", of }) as const;
export const object = <F extends Readonly<Record<string, Shape>>>(fields: F) =>
  ({ kind: "object", fields }) as const;

type Optional = { kind: "optional"; of: Shape };
type ObjectOf<F> = { [K in keyof F as F[K] extends Optional ? never : K]: Infer<F[K]> } & {
  [K in keyof F as F[K] extends Optional ? K : never]?: F[K] extends Optional ? Infer<F[K]["of"]> : never;
};

/** The type of the data a shape accepts. */
export type Infer<S> = S extends { kind: "string" }
  ? string
  : S extends { kind: "integer" }
    ? number
    : S extends { kind: "boolean" }
      ? boolean
      : S extends { kind: "oneOf"; options: readonly (infer O)[] }
        ? O
        : S extends { kind: "nullable"; of: infer I }
          ? Infer<I> | null
          : S extends { kind: "optional"; of: infer I }
            ? Infer<I> | undefined
            : S extends { kind: "object"; fields: infer F }
              ? { [K in keyof ObjectOf<F>]: ObjectOf<F>[K] }
              : never;

const INVALID: unique symbol = Symbol("invalid");

/**
 * `input` as `shape` declares it, or INVALID. Objects come back as new plain objects holding only the
 * declared fields, each read once, from own properties only; an optional field that is absent or
 * undefined is left out (Firefox's structured clone keeps a field set to undefined).
 */
function read(shape: Shape, input: unknown): unknown {
  switch (shape.kind) {
    case "string":
      return typeof input === "string" && input.length <= shape.max ? input : INVALID;
    case "integer":
      return Number.isSafeInteger(input) && (input as number) >= shape.min && (input as number) <= shape.max
        ? input
        : INVALID;
    case "boolean":
      return typeof input === "boolean" ? input : INVALID;
    case "oneOf":
      return shape.options.includes(input) ? input : INVALID;
    case "nullable":
      return input === null ? null : read(shape.of, input);
    case "optional":
      return input === undefined ? undefined : read(shape.of, input);
    case "object": {
      if (!isRecord(input)) return INVALID;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape.fields)) {
        const value = read(
          field,
          Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined,
        );
        if (value === INVALID) return INVALID;
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
  }
}

/** `input` as `shape` declares it (an `Infer<typeof shape>`), or null when it is not that. */
export function parse(shape: Shape & { kind: "object" }, input: unknown): Record<string, unknown> | null {
  const value = read(shape, input);
  return value === INVALID ? null : (value as Record<string, unknown>);
}
