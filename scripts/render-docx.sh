#!/usr/bin/env bash
# Write the Word report (`chitieu check --format docx`) of both example plans, at mid-year and
# at year end, convert each to PDF with LibreOffice headless (Debian's `libreoffice-writer`) and
# to PNG with pdftoppm (`poppler-utils`), and check the pictures: the PDF has A4 portrait pages
# then A4 landscape ones (the appendix); page 1 is not blank, keeps the decree's margins (no ink
# within 28 mm of the left edge, 13 mm of the right, 18 mm of the top), has the two-column header
# (ink on both sides in its first lines) and its rules (under the issuer, the tiêu ngữ and the
# trích yếu); the first appendix page has a table (many long horizontal lines).
#
#   scripts/render-docx.sh            # check only (the files go to a temporary directory)
#   scripts/render-docx.sh --save     # also write examples/cam-pha-102-2023.docx.png (page 1, mid-year)
#
# LibreOffice runs with a private profile and in its own process group, killed at exit. Exits
# non-zero when anything fails. CI runs it.
set -euo pipefail

cd "$(dirname "$0")/.."
SAVE=0
[[ "${1:-}" == "--save" ]] && SAVE=1
for tool in soffice pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null 2>&1 || { echo "render-docx: $tool is missing (scripts/ci-system-packages.sh installs it)" >&2; exit 1; }
done

WORK="$(mktemp -d)"
SOFFICE_PID=""
cleanup() {
  [[ -n "$SOFFICE_PID" ]] && kill -- "-$SOFFICE_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

CASES=(
  "cam-pha-102-2023 cam-pha-2023-H1 2023-06-30 cp-h1"
  "cam-pha-102-2023 cam-pha-2023 2023-12-31 cp-year"
  "hai-duong-2023 hai-duong-2023-H1 2023-06-30 hd-h1"
  "hai-duong-2023 hai-duong-2023 2023-12-31 hd-year"
)
for c in "${CASES[@]}"; do
  read -r plan data asof name <<<"$c"
  status=0
  # Exit 1 only says some targets are not met (the sample data has some).
  npx tsx src/cli/main.ts check "examples/$plan.chitieu" --data "examples/$data.json" --as-of "$asof" --out "$WORK/$name.docx" || status=$?
  if [[ "$status" != 0 && "$status" != 1 ]]; then echo "render-docx: chitieu check failed for $name (exit $status)" >&2; exit 1; fi
  [[ -s "$WORK/$name.docx" ]] || { echo "render-docx: $name.docx not written" >&2; exit 1; }
done

# One LibreOffice for all four files, in its own session (process group) so that it and its
# children can be ended together.
setsid soffice "-env:UserInstallation=file://$WORK/lo-profile" --headless --norestore \
  --convert-to pdf --outdir "$WORK" "$WORK"/*.docx >"$WORK/soffice.log" 2>&1 &
SOFFICE_PID=$!
if ! timeout 300 bash -c "while kill -0 $SOFFICE_PID 2>/dev/null; do sleep 1; done"; then
  cat "$WORK/soffice.log" >&2; echo "render-docx: soffice did not finish in 300 s" >&2; exit 1
fi
wait "$SOFFICE_PID" || true
SOFFICE_PID=""

for c in "${CASES[@]}"; do
  read -r _ _ _ name <<<"$c"
  pdf="$WORK/$name.pdf"
  [[ -s "$pdf" ]] || { cat "$WORK/soffice.log" >&2; echo "render-docx: $name.pdf not written" >&2; exit 1; }
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  sizes=$(pdfinfo -f 1 -l "$pages" "$pdf" | awk '/^Page +[0-9]+ size:/ {print ($4 < $6 ? "P" : "L")}' | tr -d '\n')
  echo "render-docx: $name.pdf: $pages pages, orientation $sizes"
  [[ "$sizes" =~ ^P+L+$ ]] || { echo "render-docx: $name: expected portrait pages then landscape ones (the appendix), got $sizes" >&2; exit 1; }
  first_landscape=$(( $(expr index "$sizes" L) ))
  pdftoppm -r 60 -gray -png -f 1 -l 1 -singlefile "$pdf" "$WORK/$name-page1"
  pdftoppm -r 60 -gray -png -f "$first_landscape" -l "$first_landscape" -singlefile "$pdf" "$WORK/$name-annex"
  node --input-type=module - "$WORK/$name-page1.png" "$WORK/$name-annex.png" <<'JS'
import { decodePng } from './scripts/png.mjs';

const fail = (msg) => { console.error(`render-docx: ${msg}`); process.exit(1); };
/** A grey or RGB PNG as one luminance byte per pixel (its first channel). */
function decode(file) {
  let png;
  try {
    png = decodePng(file);
  } catch (e) {
    fail(e.message);
  }
  const { width, height, bpp, pixels } = png;
  const lum = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) lum[i] = pixels[i * bpp];
  return { width, height, ink: (x, y) => lum[y * width + x] < 128 };
}

/** The longest run of ink in row y between x0 and x1. */
function longestRun(img, y, x0 = 0, x1 = img.width) {
  let best = 0, run = 0;
  for (let x = x0; x < x1; x++) { run = img.ink(x, y) ? run + 1 : 0; if (run > best) best = run; }
  return best;
}

const [pageFile, annexFile] = process.argv.slice(2);
const page = decode(pageFile);
const mm = page.width / 210; // pixels per millimetre on an A4 portrait page
if (Math.abs(page.height / page.width - 297 / 210) > 0.01) fail(`page 1 is ${page.width}×${page.height}: not A4 portrait`);
let ink = 0, left = page.width, right = -1, top = page.height;
const rows = [];
for (let y = 0; y < page.height; y++) {
  let n = 0;
  for (let x = 0; x < page.width; x++) if (page.ink(x, y)) { n++; if (x < left) left = x; if (x > right) right = x; if (y < top) top = y; }
  rows.push(n);
  ink += n;
}
const inkRows = rows.filter((n) => n > 0).length;
console.log(`  page 1: ${page.width}×${page.height}, ${ink} ink pixels in ${inkRows} rows; ink from x ${(left / mm).toFixed(1)} mm to ${(right / mm).toFixed(1)} mm, y from ${(top / mm).toFixed(1)} mm`);
if (ink < 5000 || inkRows < page.height / 4) fail('page 1 is (nearly) blank');
if (left < 28 * mm) fail(`ink ${(left / mm).toFixed(1)} mm from the left edge: the left margin is 30 mm`);
if (right > page.width - 13 * mm) fail(`ink ${((page.width - right) / mm).toFixed(1)} mm from the right edge: the right margin is 15 mm`);
if (top < 18 * mm) fail(`ink ${(top / mm).toFixed(1)} mm from the top: the top margin is 20 mm`);
// The header: its first 12 mm of ink has text on both sides of the page (issuer | Quốc hiệu).
const split = Math.round((30 + 0.38 * 165) * mm);
let leftInk = 0, rightInk = 0;
for (let y = top; y < top + 12 * mm; y++) for (let x = 0; x < page.width; x++) if (page.ink(x, y)) (x < split ? leftInk++ : rightInk++);
console.log(`  header: ${leftInk} ink pixels left of ${(split / mm).toFixed(0)} mm, ${rightInk} right of it`);
if (leftInk < 150 || rightInk < 150) fail('the header does not have its two columns (issuer | Quốc hiệu)');
// The rules, in the top third, as rows whose longest run of ink is at least 10 mm (text never
// is): one under the issuer (left column), one under the tiêu ngữ (right column) — at the same
// height when the Quốc hiệu holds one line, as it does in Times New Roman or Liberation Serif —
// and one under the trích yếu, below both.
const ruleRows = (x0, x1) => {
  const out = [];
  for (let y = top; y < page.height / 3; y++) if (longestRun(page, y, x0, x1) >= 10 * mm && !(out.length && y - out.at(-1) <= 2)) out.push(y);
  return out;
};
const [leftRules, rightRules, allRules] = [ruleRows(0, split), ruleRows(split, page.width), ruleRows(0, page.width)];
const headerEnd = Math.max(leftRules[0] ?? page.height, rightRules[0] ?? page.height);
const below = allRules.filter((y) => y > headerEnd + 3 * mm);
const at = (ys) => ys.map((y) => (y / mm).toFixed(0)).join(', ') || 'none';
console.log(`  rules in the top third: left ${at(leftRules)} mm, right ${at(rightRules)} mm, below the header ${at(below)} mm`);
if (!leftRules.length || !rightRules.length || !below.length) fail('expected the rules under the issuer, the tiêu ngữ and the trích yếu');

const annex = decode(annexFile);
if (Math.abs(annex.width / annex.height - 297 / 210) > 0.01) fail(`the appendix page is ${annex.width}×${annex.height}: not A4 landscape`);
const amm = annex.width / 297;
let lines = 0;
for (let y = 0, last = -10; y < annex.height; y++) if (longestRun(annex, y) >= 150 * amm) { if (y - last > 2) lines++; last = y; }
console.log(`  appendix: ${annex.width}×${annex.height}, ${lines} table lines across it`);
if (lines < 5) fail(`the appendix has no table (${lines} long lines)`);
JS
done

if [[ "$SAVE" == 1 ]]; then
  # -singlefile: the output is <prefix>.png, here examples/cam-pha-102-2023.docx.png
  pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$WORK/cp-h1.pdf" examples/cam-pha-102-2023.docx
  echo "render-docx: wrote examples/cam-pha-102-2023.docx.png"
fi
echo "render-docx: ok"
