// Draws Trailerdeck's icons (a film frame with a play triangle, warm amber) as PNGs with no
// dependencies: shapes in unit coordinates, 4×4 supersampling, zlib for the PNG stream.
// Usage: node scripts/make-icons.mjs   (writes resources/icon.png and resources/tray/*.png)
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

const files = [
  ['icon.png', 512, appIcon(512)],
  // macOS template images: black + alpha; the menu bar recolours them.
  ['tray/trayTemplate.png', 16, render(16, [{ shape: trayMark, color: solid('#000000') }])],
  ['tray/trayTemplate@2x.png', 32, render(32, [{ shape: trayMark, color: solid('#000000') }])],
  // For dark panels a bright amber, for light panels a deeper one that keeps its contrast.
  ['tray/tray-dark.png', 32, render(32, [{ shape: trayMark, color: solid('#ffb84d') }])],
  ['tray/tray-light.png', 32, render(32, [{ shape: trayMark, color: solid('#b86b00') }])],
];

for (const [name, size, pixels] of files) {
  const file = join(root, 'resources', name);
  mkdirSync(dirname(file), { recursive: true });
  const png = encodePng(size, pixels);
  writeFileSync(file, png);
  console.log(`${name}: ${size}×${size}, ${png.length} bytes`);
}
