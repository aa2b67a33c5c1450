/**
 * Draws the add-in's icons (a report page with a rising bar chart) as PNGs of the sizes the manifest
 * needs. Run once with `tsx scripts/make-icons.ts`; the PNGs are committed in assets/.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const p = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set(p, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const RED: RGBA = [0xc6, 0x28, 0x28, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const GOLD: RGBA = [0xff, 0xc1, 0x07, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

function icon(x: number, y: number): RGBA {
  // rounded square background
  const r = 0.16;
  const dx = Math.max(0.04 + r - x, x - (0.96 - r), 0);
  const dy = Math.max(0.04 + r - y, y - (0.96 - r), 0);
  if (dx * dx + dy * dy > r * r) return CLEAR;
  // three rising bars
  const bars: Array<[number, number]> = [
    [0.2, 0.6],
    [0.42, 0.42],
    [0.64, 0.24],
  ];
  for (const [left, top] of bars) if (x >= left && x < left + 0.16 && y >= top && y < 0.8) return WHITE;
  // the base line
  if (y >= 0.8 && y < 0.86 && x >= 0.16 && x < 0.84) return GOLD;
  return RED;
}

for (const size of [16, 32, 64, 80]) {
  writeFileSync(resolve(__dirname, '..', 'assets', `icon-${size}.png`), png(size, icon));
}
