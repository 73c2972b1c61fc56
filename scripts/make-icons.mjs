// Draws Trailerdeck's icons (a film frame with a play triangle, warm amber) as PNGs with no
// dependencies: shapes in unit coordinates, 4×4 supersampling, zlib for the PNG stream. Also writes
// the macOS .icns and the Windows .ico: electron-builder would otherwise convert icon.png with a
// tool it downloads at build time, and the icons would not be reviewable in the repository.
// Usage: node scripts/make-icons.mjs   (writes resources/icon.{png,icns,ico} and resources/tray/*.png)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes take a point in unit coordinates (0..1 across the icon) and say whether it is inside.
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const outline = (outer, inner) => (x, y) => outer(x, y) && !inner(x, y);
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const side = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const s1 = side(ax, ay, bx, by);
  const s2 = side(bx, by, cx, cy);
  const s3 = side(cx, cy, ax, ay);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
};
const union =
  (...shapes) =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));

/** Paints layers (shape + colour function) back to front with supersampled coverage. */
function render(size, layers) {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { shape, color } of layers) {
        let hits = 0;
        for (let sy = 0; sy < n; sy++) {
          for (let sx = 0; sx < n; sx++) {
            if (shape((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)) hits++;
          }
        }
        if (hits === 0) continue;
        const [cr, cg, cb] = color(px / size, py / size);
        const ca = hits / (n * n);
        const na = ca + a * (1 - ca);
        r = (cr * ca + r * a * (1 - ca)) / na;
        g = (cg * ca + g * a * (1 - ca)) / na;
        b = (cb * ca + b * a * (1 - ca)) / na;
        a = na;
      }
      const i = (py * size + px) * 4;
      out[i] = Math.round(r);
      out[i + 1] = Math.round(g);
      out[i + 2] = Math.round(b);
      out[i + 3] = Math.round(a * 255);
    }
  }
  return out;
}

const solid = (hex) => () => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

// The mark: a film frame with sprocket holes along its top and bottom edges, a play triangle inside.
function mark({ x0, y0, x1, y1, stroke, radius, holes, play: [px0, px1, py0, py1] = [0.4, 0.68, 0.3, 0.7] }) {
  const frame = outline(
    roundedRect(x0, y0, x1, y1, radius),
    roundedRect(x0 + stroke, y0 + stroke, x1 - stroke, y1 - stroke, Math.max(radius - stroke, 0)),
  );
  const h = y1 - y0;
  const w = x1 - x0;
  const play = triangle(
    x0 + w * px0,
    y0 + h * py0,
    x0 + w * px0,
    y0 + h * py1,
    x0 + w * px1,
    y0 + h * ((py0 + py1) / 2),
  );
  const sprockets = [];
  if (holes > 0) {
    const hole = stroke * 0.9;
    const gap = (w - 2 * stroke) / holes;
    for (let i = 0; i < holes; i++) {
      const cx = x0 + stroke + gap * (i + 0.5);
      for (const cy of [y0 + stroke * 2.3, y1 - stroke * 2.3]) {
        sprockets.push(roundedRect(cx - hole / 2, cy - hole / 2, cx + hole / 2, cy + hole / 2, hole * 0.25));
      }
    }
  }
  return union(frame, play, ...sprockets);
}

const amber = '#f5a524';

function appIcon(size) {
  const backgroundTop = [0x1c, 0x20, 0x29];
  const backgroundBottom = [0x0f, 0x11, 0x15];
  return render(size, [
    {
      // A margin like macOS's icon grid, so the icon sits well in docks and launchers.
      shape: roundedRect(0.08, 0.08, 0.92, 0.92, 0.19),
      color: (_x, y) => backgroundTop.map((top, i) => top + (backgroundBottom[i] - top) * y),
    },
    {
      shape: mark({ x0: 0.22, y0: 0.27, x1: 0.78, y1: 0.73, stroke: 0.035, radius: 0.05, holes: 6 }),
      color: solid(amber),
    },
  ]);
}

// Tray images stay simple (at 16 px sprocket holes would be mush), with edges on whole pixels at
// 16 and 32 px and a bigger play triangle.
const px = 1 / 16;
const trayMark = mark({
  x0: px,
  y0: 3 * px,
  x1: 15 * px,
  y1: 13 * px,
  stroke: 1.25 * px,
  radius: 2 * px,
  holes: 0,
  play: [0.36, 0.7, 0.22, 0.78],
});

/** Apple's icon family: a list of (type, PNG) entries; every type used here takes PNG data. */
function encodeIcns(entries) {
  const blocks = entries.map(([type, png]) => {
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + blocks.reduce((sum, block) => sum + block.length, 0), 4);
  return Buffer.concat([header, ...blocks]);
}

/**
 * A Windows icon. Sizes below 256 are stored as 32-bit bitmaps (bottom-up BGRA and an empty AND
 * mask) rather than PNG, which older tools (NSIS's icon loader, Explorer on some builds) reject.
 */
function encodeIco(images) {
  const payloads = images.map(({ size, rgba }) => {
    if (size >= 256) return encodePng(size, rgba);
    const info = Buffer.alloc(40);
    info.writeUInt32LE(40, 0);
    info.writeInt32LE(size, 4);
    info.writeInt32LE(size * 2, 8); // colour rows + mask rows
    info.writeUInt16LE(1, 12);
    info.writeUInt16LE(32, 14);
    const pixels = Buffer.alloc(size * size * 4);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const from = (y * size + x) * 4;
        const to = ((size - 1 - y) * size + x) * 4;
        pixels[to] = rgba[from + 2];
        pixels[to + 1] = rgba[from + 1];
        pixels[to + 2] = rgba[from];
        pixels[to + 3] = rgba[from + 3];
      }
    }
    const mask = Buffer.alloc(Math.ceil(size / 32) * 4 * size); // alpha says it all: mask stays 0
    return Buffer.concat([info, pixels, mask]);
  });
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const directory = images.map(({ size }, i) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size; // 0 means 256
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(payloads[i].length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += payloads[i].length;
    return entry;
  });
  return Buffer.concat([header, ...directory, ...payloads]);
}

const appIcons = new Map();
const appIconAt = (size) => {
  if (!appIcons.has(size)) appIcons.set(size, appIcon(size));
  return appIcons.get(size);
};
const appPng = (size) => encodePng(size, appIconAt(size));

const files = [
  ['icon.png', '512×512', appPng(512)],
  // Types with PNG payloads, as iconutil writes them: 16–512 pt at 1× and 2×.
  [
    'icon.icns',
    '16–1024 px',
    encodeIcns([
      ['icp4', appPng(16)],
      ['ic11', appPng(32)],
      ['icp5', appPng(32)],
      ['ic12', appPng(64)],
      ['ic07', appPng(128)],
      ['ic13', appPng(256)],
      ['ic08', appPng(256)],
      ['ic14', appPng(512)],
      ['ic09', appPng(512)],
      ['ic10', appPng(1024)],
    ]),
  ],
  [
    'icon.ico',
    '16–256 px',
    encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, rgba: appIconAt(size) }))),
  ],
  // macOS template images: black + alpha; the menu bar recolours them.
  [
    'tray/trayTemplate.png',
    '16×16',
    encodePng(16, render(16, [{ shape: trayMark, color: solid('#000000') }])),
  ],
  [
    'tray/trayTemplate@2x.png',
    '32×32',
    encodePng(32, render(32, [{ shape: trayMark, color: solid('#000000') }])),
  ],
  // For dark panels a bright amber, for light panels a deeper one that keeps its contrast.
  ['tray/tray-dark.png', '32×32', encodePng(32, render(32, [{ shape: trayMark, color: solid('#ffb84d') }]))],
  ['tray/tray-light.png', '32×32', encodePng(32, render(32, [{ shape: trayMark, color: solid('#b86b00') }]))],
];

for (const [name, sizes, data] of files) {
  const file = join(root, 'resources', name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  console.log(`${name}: ${sizes}, ${data.length} bytes`);
}
