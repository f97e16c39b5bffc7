#!/usr/bin/env node
// Draws the add-in icon (a BPJS-green shield with a blue face and a white check mark) as PNGs in
// assets/ at every size the manifest declares. No image libraries: shapes are sampled 8×8 per pixel
// for smooth edges and the PNG is encoded with zlib. Run: node scripts/draw-icons.js [outDir]
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const GREEN = [0, 150, 72];
const BLUE = [11, 84, 166];
const BLUE_LIGHT = [40, 124, 206];
const WHITE = [255, 255, 255];

// Shield in unit coordinates (0..1, y down): straight sides, a gently dipped top, an elliptical point.
function insideShield(x, y, inset) {
  const cx = 0.5;
  const halfWidth = 0.42 - inset;
  const top = 0.06 + inset + 0.06 * (1 - Math.pow((x - cx) / 0.42, 2));
  const waist = 0.5;
  const bottom = 0.96 - inset * 1.4;
  if (y < top || y > bottom) return false;
  const dx = Math.abs(x - cx);
  if (y <= waist) return dx <= halfWidth;
  const t = (y - waist) / (bottom - waist);
  return dx <= halfWidth * Math.sqrt(Math.max(0, 1 - t * t));
}

function distToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax,
    vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx),
    dy = py - (ay + t * vy);
  return Math.hypot(dx, dy);
}

function onCheck(x, y, size) {
  const stroke = size <= 16 ? 0.075 : 0.06; // thicker at 16 px so the check stays readable
  return distToSegment(x, y, 0.29, 0.5, 0.44, 0.66) <= stroke || distToSegment(x, y, 0.44, 0.66, 0.72, 0.34) <= stroke;
}

/** Colour of one sample point, or null outside the icon. */
function sample(x, y, size) {
  if (!insideShield(x, y, 0)) return null;
  const rim = size <= 16 ? 0.09 : 0.065;
  if (!insideShield(x, y, rim)) return GREEN;
  if (onCheck(x, y, size)) return WHITE;
  const k = Math.min(1, Math.max(0, (y - 0.1) / 0.8)); // light at the top, deeper blue below
  return BLUE_LIGHT.map((c, i) => Math.round(c + (BLUE[i] - c) * k));
}

function render(size) {
  const n = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = process.argv[2] ? path.resolve(process.argv[2]) : path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = path.join(out, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
