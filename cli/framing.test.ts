import { describe, expect, it } from "vitest";
import { encodeFrame, FrameReader, LineReader, MAX_MESSAGE } from "./framing.js";

describe("native messaging frames", () => {
  it("prefix the UTF-8 JSON with its length, little-endian", () => {
    const frame = encodeFrame({ a: "é" });
    expect([...frame.subarray(0, 4)]).toEqual([10, 0, 0, 0]);
    expect(frame.subarray(4).toString("utf8")).toBe('{"a":"é"}');
  });

  it("come out whole however the bytes are split", () => {
    const bytes = Buffer.concat([encodeFrame({ id: 1 }), encodeFrame({ id: 2, answer: "x".repeat(300) })]);
    const reader = new FrameReader();
    const got = [];
    for (const byte of bytes) got.push(...reader.push(Buffer.from([byte])));
    expect(got).toEqual([{ id: 1 }, { id: 2, answer: "x".repeat(300) }]);
  });

  it("refuse a length above 1 MB, either way", () => {
    const header = Buffer.alloc(4);
    header.writeUInt32LE(MAX_MESSAGE + 1, 0);
    expect(() => new FrameReader().push(header)).toThrow("too large");
    expect(() => encodeFrame("x".repeat(MAX_MESSAGE))).toThrow("too large");
  });
});

describe("socket lines", () => {
  it("split on newlines, keeping a partial line", () => {
    const reader = new LineReader();
    expect(reader.push('{"a":1}\n{"b"')).toEqual([{ a: 1 }]);
    expect(reader.push(":2}\n")).toEqual([{ b: 2 }]);
  });
});
