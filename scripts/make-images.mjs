#!/usr/bin/env node
// make-images.mjs — draws the two diagrams used by the example post
// (_posts/2017-07-17-docker-vs-vmware.md) and writes them as indexed PNGs.
// No dependencies: a tiny raster canvas, a 5x7 block font and node:zlib.
// Output is deterministic, so re-running it leaves the committed files unchanged.
//
//   node scripts/make-images.mjs            # writes assets/img/docker/*.png
//   node scripts/make-images.mjs OUT_DIR    # writes the same files into OUT_DIR instead
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = process.argv[2] ?? join(ROOT, 'assets', 'img', 'docker');

// ---------------------------------------------------------------- palette
const PALETTE = [
  [255, 255, 255], // 0 background
  [33, 37, 41], //    1 ink (text, borders)
  [13, 110, 253], //  2 blue
  [25, 135, 84], //   3 green
  [253, 126, 20], //  4 orange
  [111, 66, 193], //  5 purple
  [173, 181, 189], // 6 grey
  [207, 226, 255], // 7 light blue
  [209, 231, 221], // 8 light green
  [255, 229, 208], // 9 light orange
  [226, 217, 243], // 10 light purple
  [233, 236, 239], // 11 light grey
];
const C = { bg: 0, ink: 1, blue: 2, green: 3, orange: 4, purple: 5, grey: 6,
  lblue: 7, lgreen: 8, lorange: 9, lpurple: 10, lgrey: 11 };

// ---------------------------------------------------------------- 5x7 font
// Each glyph is 7 rows of 5 columns; '#' = ink.
const FONT = {
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  D: ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '####.'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  G: ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.####'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  I: ['.###.', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  J: ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  M: ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#'],
  N: ['#...#', '#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#'],
  O: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  V: ['#...#', '#...#', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '#.#.#', '.#.#.'],
  X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
  Y: ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..'],
  Z: ['#####', '....#', '...#.', '..#..', '.#...', '#....', '#####'],
  0: ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  1: ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  2: ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  3: ['####.', '....#', '....#', '.###.', '....#', '....#', '####.'],
  4: ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  5: ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  6: ['.###.', '#....', '#....', '####.', '#...#', '#...#', '.###.'],
  7: ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  8: ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  9: ['.###.', '#...#', '#...#', '.####', '....#', '....#', '.###.'],
  ' ': ['.....', '.....', '.....', '.....', '.....', '.....', '.....'],
  '/': ['....#', '....#', '...#.', '..#..', '.#...', '#....', '#....'],
  '-': ['.....', '.....', '.....', '.###.', '.....', '.....', '.....'],
  '.': ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..'],
};

// ---------------------------------------------------------------- canvas
/** A palette-indexed raster: one byte per pixel. */
function createCanvas(width, height) {
  const pixels = new Uint8Array(width * height); // filled with C.bg (0)
  const set = (x, y, c) => {
    if (x >= 0 && y >= 0 && x < width && y < height) pixels[y * width + x] = c;
  };
  const fill = (x, y, w, h, c) => {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) set(i, j, c);
  };
  const frame = (x, y, w, h, c, t = 2) => {
    fill(x, y, w, t, c); fill(x, y + h - t, w, t, c);
    fill(x, y, t, h, c); fill(x + w - t, y, t, h, c);
  };
  const textWidth = (s, scale) => s.length * 6 * scale - scale;
  const text = (s, x, y, c, scale = 2) => {
    [...s.toUpperCase()].forEach((ch, k) => {
      const glyph = FONT[ch];
      if (!glyph) throw new Error(`no glyph for ${JSON.stringify(ch)}`);
      glyph.forEach((row, gy) => [...row].forEach((cell, gx) => {
        if (cell === '#') fill(x + (k * 6 + gx) * scale, y + gy * scale, scale, scale, c);
      }));
    });
  };
  /** A filled, framed box with centred label lines. */
  const box = (x, y, w, h, fillColor, borderColor, lines, scale = 2) => {
    fill(x, y, w, h, fillColor);
    frame(x, y, w, h, borderColor);
    const list = Array.isArray(lines) ? lines : [lines];
    const lineH = 9 * scale;
    let ty = y + Math.round((h - list.length * lineH + 2 * scale) / 2);
    for (const line of list) {
      text(line, x + Math.round((w - textWidth(line, scale)) / 2), ty, C.ink, scale);
      ty += lineH;
    }
  };
  /** A vertical arrow pointing down from (x, y1) to (x, y2). */
  const arrowDown = (x, y1, y2, c) => {
    fill(x - 1, y1, 3, y2 - y1 - 6, c);
    for (let k = 0; k < 7; k++) fill(x - 6 + k, y2 - 7 + k, 13 - 2 * k, 1, c);
  };
  return { width, height, pixels, fill, frame, text, textWidth, box, arrowDown };
}

// ---------------------------------------------------------------- PNG encoder
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** Encodes a canvas as an 8-bit palette PNG. */
function encodePng({ width, height, pixels }) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 3; // bit depth 8, colour type 3 (indexed)
  const plte = Buffer.from(PALETTE.flat());
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- diagrams
/** Containers (left) vs virtual machines (right), as stacked layers. */
function containersVsVms() {
  const cv = createCanvas(720, 330);
  const stack = (x0, title, columns, middle) => {
    const w = 330;
    cv.text(title, x0 + Math.round((w - cv.textWidth(title, 3)) / 2), 16, C.ink, 3);
    const colW = 104, gap = 9;
    columns.forEach((layers, i) => {
      const cx = x0 + i * (colW + gap);
      layers.forEach(([label, fillC, borderC], j) => cv.box(cx, 60 + j * 52, colW, 46, fillC, borderC, label));
    });
    const y = 60 + columns[0].length * 52;
    middle.forEach(([label, fillC, borderC], j) => cv.box(x0, y + j * 52, w, 46, fillC, borderC, label));
  };
  const app = (n) => [`APP ${n}`, C.lorange, C.orange];
  const libs = ['LIBS', C.lgreen, C.green];
  stack(20, 'CONTAINERS',
    ['A', 'B', 'C'].map((n) => [app(n), libs]),
    [['DOCKER ENGINE', C.lblue, C.blue], ['HOST OS', C.lgrey, C.grey], ['INFRASTRUCTURE', C.lgrey, C.ink]]);
  stack(370, 'VIRTUAL MACHINES',
    ['A', 'B', 'C'].map((n) => [app(n), libs, ['GUEST OS', C.lpurple, C.purple]]),
    [['HYPERVISOR', C.lblue, C.blue], ['INFRASTRUCTURE', C.lgrey, C.ink]]);
  cv.fill(359, 60, 2, 254, C.grey);
  return cv;
}

/** Docker on libcontainer, next to LXC and the other execution drivers, over the kernel. */
function dockerOnLibcontainer() {
  const cv = createCanvas(720, 400);
  cv.text('DOCKER EXECUTION DRIVERS', Math.round((720 - cv.textWidth('DOCKER EXECUTION DRIVERS', 3)) / 2), 16, C.ink, 3);
  cv.box(250, 56, 220, 56, C.lblue, C.blue, 'DOCKER', 3);
  const drivers = [
    ['LIBCONTAINER', C.lgreen, C.green],
    ['LIBVIRT', C.lgrey, C.grey],
    ['LXC', C.lgrey, C.grey],
    ['SYSTEMD', C.lgrey, C.grey],
  ];
  cv.fill(359, 112, 3, 26, C.ink);
  cv.fill(100, 136, 527, 3, C.ink);
  drivers.forEach(([label, f, b], i) => {
    const x = 20 + i * 175;
    cv.arrowDown(x + 80, 139, 168, i === 0 ? C.green : C.grey);
    cv.box(x, 168, 160, 56, f, b, i === 3 ? ['SYSTEMD', '-NSPAWN'] : label);
    cv.arrowDown(x + 80, 224, 272, i === 0 ? C.green : C.grey);
  });
  cv.text('DEFAULT SINCE 0.9', 110, 242, C.green, 1);
  cv.fill(20, 272, 680, 108, C.lpurple);
  cv.frame(20, 272, 680, 108, C.purple);
  cv.text('LINUX KERNEL', Math.round((720 - cv.textWidth('LINUX KERNEL', 2)) / 2), 282, C.ink, 2);
  ['CGROUPS', 'NAMESPACES', 'NETLINK', 'NETFILTER', 'SELINUX', 'APPARMOR'].forEach((label, i) => {
    const x = 32 + (i % 3) * 222, y = 306 + Math.floor(i / 3) * 36;
    cv.box(x, y, 210, 30, C.bg, C.purple, label);
  });
  return cv;
}

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, draw] of [['containers-blog.png', containersVsVms], ['docker-lxc.png', dockerOnLibcontainer]]) {
  const png = encodePng(draw());
  writeFileSync(join(OUT_DIR, name), png);
  console.log(`wrote ${join(OUT_DIR, name)} (${png.length} bytes)`);
}
