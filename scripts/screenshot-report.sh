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
import { statSync } from 'node:fs';
import { decodePng } from './scripts/png.mjs';

const file = process.argv[2];
const fail = (msg) => { console.error(`screenshot-report: ${msg}`); process.exit(1); };
let decoded;
try {
  decoded = decodePng(file);
} catch (e) {
  fail(e.message);
}
const { width, height, bpp, pixels } = decoded;
if (bpp < 3) fail(`unexpected PNG format: grey, not colour`);
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
