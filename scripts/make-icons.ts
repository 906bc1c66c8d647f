// Draws the extension icon (a key-shaped token on a Ping-red tile) at every size the manifest names,
// so the PNGs in public/icons/ are reproducible from code: `npx tsx scripts/make-icons.ts`.
import { writeFileSync } from "node:fs";
import { crc32, deflateSync } from "node:zlib";

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function pixel(x: number, y: number): [number, number, number, number] {
  const inside = (cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const corner = 0.18;
  const nx = Math.min(x, 1 - x);
  const ny = Math.min(y, 1 - y);
  if (nx < corner && ny < corner) {
    const cx = x < 0.5 ? corner : 1 - corner;
    const cy = y < 0.5 ? corner : 1 - corner;
    if (!inside(cx, cy, corner)) return [0, 0, 0, 0];
  }
  const ring = inside(0.36, 0.5, 0.2) && !inside(0.36, 0.5, 0.09);
  const shaft = x > 0.5 && x < 0.84 && y > 0.46 && y < 0.56;
  const teeth =
    (x > 0.66 && x < 0.72 && y >= 0.56 && y < 0.68) || (x > 0.76 && x < 0.82 && y >= 0.56 && y < 0.64);
  return ring || shaft || teeth ? [255, 255, 255, 255] : [178, 30, 45, 255];
}

for (const size of [16, 32, 48, 128]) {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel((x + 0.5) / size, (y + 0.5) / size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  writeFileSync(`public/icons/icon-${size}.png`, png);
}
