// Draws the Peer Office icon (two people side by side on a calm teal square) and writes
// resources/icon.png (256 px) and resources/icon.ico (16 to 256 px) for the Windows installer.
// No image tools are needed: shapes are drawn with 4x4 supersampling, PNGs are made with node:zlib and
// the small sizes of the .ico are plain 32-bit bitmaps, which every part of Windows and NSIS reads.
// Run it again after changing the drawing: `npx node electron/build/make-icon.mjs`.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const TEAL = [28, 110, 116];
const WHITE = [255, 255, 255];
const MINT = [191, 227, 220];
const SUPERSAMPLE = 4;

/** The picture on a 256-unit square: which colour is at (x, y), or null outside the rounded square. */
function colourAt(x, y) {
  const inRoundedSquare = (() => {
    const margin = 8;
    const radius = 52;
    const cx = Math.min(Math.max(x, margin + radius), 256 - margin - radius);
    const cy = Math.min(Math.max(y, margin + radius), 256 - margin - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  })();
  if (!inRoundedSquare) return null;
  // A person: a round head and rounded shoulders cut flat at the bottom; `grow` widens the outline.
  const person = (px, grow = 0) =>
    (x - px) ** 2 + (y - 100) ** 2 <= (30 + grow) ** 2 ||
    ((x - px) ** 2 + (y - 212) ** 2 <= (60 + grow) ** 2 && y <= 198 + grow);
  if (person(100)) return WHITE;
  // A thin gap of teal around the front person keeps the two apart where they overlap.
  if (person(100, 7)) return TEAL;
  if (person(160)) return MINT;
  return TEAL;
}

/** RGBA pixels, top row first, for a square of `size` pixels. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 256 / size;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt((col + (sx + 0.5) / SUPERSAMPLE) * scale, (row + (sy + 0.5) / SUPERSAMPLE) * scale);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; covered++;
        }
      }
      const at = (row * size + col) * 4;
      if (covered > 0) {
        pixels[at] = Math.round(r / covered);
        pixels[at + 1] = Math.round(g / covered);
        pixels[at + 2] = Math.round(b / covered);
        pixels[at + 3] = Math.round((255 * covered) / SUPERSAMPLE ** 2);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function png(size, rgba) {
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) rgba.copy(rows, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 32-bit bitmap as an .ico stores it: header, BGRA rows bottom first, then an all-clear AND mask. */
function bitmap(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows and mask rows together
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const colours = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const from = (row * size + col) * 4;
      const to = ((size - 1 - row) * size + col) * 4;
      colours[to] = rgba[from + 2];
      colours[to + 1] = rgba[from + 1];
      colours[to + 2] = rgba[from];
      colours[to + 3] = rgba[from + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, colours, Buffer.alloc(maskRow * size)]);
}

function ico(images) {
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(1, 2); // type: icon
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    directory[at] = size >= 256 ? 0 : size;
    directory[at + 1] = size >= 256 ? 0 : size;
    directory.writeUInt16LE(1, at + 4); // colour planes
    directory.writeUInt16LE(32, at + 6); // bits per pixel
    directory.writeUInt32LE(data.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...images.map((image) => image.data)]);
}

const resources = fileURLToPath(new URL('../../resources/', import.meta.url));
const big = render(256);
writeFileSync(join(resources, 'icon.png'), png(256, big));
const images = [16, 24, 32, 48, 64, 128, 256].map((size) => {
  const rgba = size === 256 ? big : render(size);
  // The large sizes as PNG (small files, read since Windows Vista), the small ones as bitmaps.
  return { size, data: size >= 128 ? png(size, rgba) : bitmap(size, rgba) };
});
writeFileSync(join(resources, 'icon.ico'), ico(images));
