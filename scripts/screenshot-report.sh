#!/usr/bin/env bash
# Render the Cẩm Phả example report as HTML, take a screenshot of it in headless Chromium, and
# check the picture: the right size, many colours (not a blank or single-colour page), the
# chart's bars (vượt, đạt, không đạt, chưa có dữ liệu) and the tables' header grey all present.
#
#   scripts/screenshot-report.sh            # check only (the PNG goes to a temporary directory)
#   scripts/screenshot-report.sh --save     # also write examples/cam-pha-102-2023.report.png
#
# Installs Debian's `chromium` when it is missing (as root, or with sudo). Exits non-zero when
# anything fails. CI runs it.
set -euo pipefail

cd "$(dirname "$0")/.."
SAVE=0
[[ "${1:-}" == "--save" ]] && SAVE=1

if ! command -v chromium >/dev/null 2>&1; then
  echo "screenshot-report: installing chromium" >&2
  SUDO=""
  [[ "$(id -u)" != 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
HTML="$WORK/report.html"
PNG="$WORK/report.png"

# The CLI as a user runs it: exit 1 only says some targets are not met (the sample data has some).
status=0
npx tsx src/cli/main.ts check examples/cam-pha-102-2023.chitieu --data examples/cam-pha-2023.json \
  --as-of 2023-12-31 --format html >"$HTML" || status=$?
if [[ "$status" != 0 && "$status" != 1 ]]; then
  echo "screenshot-report: chitieu check failed (exit $status)" >&2
  exit 1
fi
grep -q '<svg' "$HTML" || { echo "screenshot-report: the HTML has no chart" >&2; exit 1; }

chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$WORK/profile" \
  --screenshot="$PNG" --window-size=1280,2000 "file://$HTML" >"$WORK/chromium.log" 2>&1 || {
  cat "$WORK/chromium.log" >&2
  echo "screenshot-report: chromium failed" >&2
  exit 1
}
[[ -s "$PNG" ]] || { cat "$WORK/chromium.log" >&2; echo "screenshot-report: no screenshot written" >&2; exit 1; }

# Decode the PNG (no dependency: zlib and the five scanline filters) and look at its pixels.
node --input-type=module - "$PNG" <<'JS'
import { readFileSync, statSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

const file = process.argv[2];
const png = readFileSync(file);
const fail = (msg) => { console.error(`screenshot-report: ${msg}`); process.exit(1); };
if (png.readUInt32BE(0) !== 0x89504e47) fail('not a PNG');
let width = 0, height = 0, depth = 0, type = 0, interlace = 0;
const idat = [];
for (let at = 8; at < png.length; ) {
  const len = png.readUInt32BE(at);
  const kind = png.toString('latin1', at + 4, at + 8);
  const data = png.subarray(at + 8, at + 8 + len);
  if (kind === 'IHDR') [width, height, depth, type, interlace] = [data.readUInt32BE(0), data.readUInt32BE(4), data[8], data[9], data[12]];
  if (kind === 'IDAT') idat.push(data);
  at += 12 + len;
}
if (depth !== 8 || (type !== 2 && type !== 6) || interlace !== 0) fail(`unexpected PNG format (depth ${depth}, colour type ${type}, interlace ${interlace})`);
const bpp = type === 6 ? 4 : 3;
const raw = inflateSync(Buffer.concat(idat));
const stride = width * bpp;
const pixels = Buffer.alloc(stride * height);
for (let y = 0; y < height; y++) {
  const filter = raw[y * (stride + 1)];
  const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
  const out = pixels.subarray(y * stride, (y + 1) * stride);
  const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
  for (let x = 0; x < stride; x++) {
    const a = x >= bpp ? out[x - bpp] : 0, b = up[x], c = x >= bpp ? up[x - bpp] : 0;
    const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
    const pred = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    out[x] = (src[x] + pred) & 0xff;
  }
}
const counts = new Map();
for (let i = 0; i < pixels.length; i += bpp) {
  const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
const hex = (s) => parseInt(s.slice(1), 16);
const expected = {
  'vượt (#1b5e20)': hex('#1b5e20'),
  'đạt (#43a047)': hex('#43a047'),
  'không đạt (#c62828)': hex('#c62828'),
  'chưa có dữ liệu (#f9a825)': hex('#f9a825'),
  'table header (#f1f3f4)': hex('#f1f3f4'),
};
const size = statSync(file).size;
console.log(`screenshot-report: ${file}: ${width}×${height}, ${size} bytes, ${counts.size} colours`);
if (width !== 1280 || height !== 2000) fail(`expected 1280×2000, got ${width}×${height}`);
if (size < 50_000) fail(`PNG too small (${size} bytes): an empty page?`);
if (counts.size < 100) fail(`only ${counts.size} colours: a blank or single-colour page`);
for (const [name, colour] of Object.entries(expected)) {
  const n = counts.get(colour) ?? 0;
  console.log(`  ${name}: ${n} pixels`);
  if (n < 300) fail(`${name} is missing or too small (${n} pixels): chart or table not drawn`);
}
JS

if [[ "$SAVE" == 1 ]]; then
  cp "$PNG" examples/cam-pha-102-2023.report.png
  echo "screenshot-report: wrote examples/cam-pha-102-2023.report.png"
fi
echo "screenshot-report: ok"
