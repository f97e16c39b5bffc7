// The icons in assets/ are the ones scripts/draw-icons.js draws, and they are real pictures.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';

const ROOT = path.resolve(__dirname, '../..');
const SIZES = [16, 32, 64, 80];

/** Decodes the RGBA PNGs the script writes (filter 0 rows only). */
function pixels(file: string): { size: number; rgba: Buffer } {
  const b = fs.readFileSync(file);
  const size = b.readUInt32BE(16);
  const idat: Buffer[] = [];
  for (let o = 8; o < b.length;) {
    const len = b.readUInt32BE(o);
    if (b.toString('latin1', o + 4, o + 8) === 'IDAT') idat.push(b.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) raw.copy(rgba, y * size * 4, y * (size * 4 + 1) + 1, (y + 1) * (size * 4 + 1));
  return { size, rgba };
}

test('scripts/draw-icons.js reproduces the committed icons pixel for pixel', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icons-'));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/draw-icons.js'), dir]);
  // compare pixels, not bytes: another zlib may compress the same picture differently
  for (const s of SIZES)
    expect(pixels(path.join(dir, `icon-${s}.png`)).rgba.equals(pixels(path.join(ROOT, `assets/icon-${s}.png`)).rgba)).toBe(true);
  fs.rmSync(dir, { recursive: true, force: true });
});

test.each(SIZES)('icon-%i is a shield on a transparent background, green rim, blue face, white check', (s) => {
  const { size, rgba } = pixels(path.join(ROOT, `assets/icon-${s}.png`));
  expect(size).toBe(s);
  const at = (x: number, y: number) => Array.from(rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));
  expect(at(0, size - 1)[3]).toBe(0); // bottom corners lie outside the shield's point
  expect(at(size - 1, size - 1)[3]).toBe(0);
  const opaque = [];
  for (let i = 0; i < size * size; i++) if (rgba[i * 4 + 3] === 255) opaque.push([rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2]]);
  expect(opaque.length / (size * size)).toBeGreaterThan(0.4);
  const isGreen = ([r, g, b]: number[]) => g > 120 && r < 60 && b < 110;
  const isBlue = ([r, g, b]: number[]) => b > 150 && r < 80 && g < 150;
  const isWhite = ([r, g, b]: number[]) => r > 230 && g > 230 && b > 230;
  expect(opaque.some(isGreen)).toBe(true);
  expect(opaque.some(isBlue)).toBe(true);
  expect(opaque.some(isWhite)).toBe(true);
});
