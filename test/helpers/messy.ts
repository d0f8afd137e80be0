/**
 * The ways real text is messier than the clean statement: each function rewrites a clean
 * statement into one messy form that must read the same (issue 2, "Real text is messy").
 */

const MARKS = /[\u0300-\u036f]/g;
const TONES = '\u0300\u0301\u0303\u0309\u0323';

/**
 * Fold a subject word for comparison when letters may differ (no diacritics, any case):
 * NFD, marks stripped, `đ` → `d`, lowercase, spaces collapsed; `ti le` is `ty le`, since
 * `tỉ lệ` and `tỷ lệ` are one word (grammar/README) and without marks nothing tells them apart.
 *
 * @example
 * foldWords('Chuyển  hóa') // 'chuyen hoa'
 * foldWords('TỈ LỆ') // 'ty le'
 */
export function foldWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<![a-z])ti le(?![a-z])/g, 'ty le');
}

/**
 * Strip every diacritic, as people type without a Vietnamese keyboard.
 *
 * @example
 * stripDiacritics('Giảm 07% so với năm 2022') // 'Giam 07% so voi nam 2022'
 */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Change the case of each letter where `upper[i]` (cycled) says so.
 *
 * @example
 * randomCase('đạt', [true, false]) // 'ĐạT'
 */
export function randomCase(text: string, upper: readonly boolean[]): string {
  if (upper.length === 0) return text;
  return [...text].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
}

/** Runs of white space that may stand between two words. */
export const GAPS = ['  ', '   ', '\n', ' \n', '\n  ', '\r\n', '\t', ' \t ', '\n\n'] as const;

/**
 * Replace the single spaces of a statement by other runs of white space (`choices[i]` indexes
 * GAPS, cycled). A space before a dash or `+` stays on the line: after a line break a dash is a
 * bullet (grammar/README), so breaking the line there would change the meaning, not the form.
 *
 * @example
 * respace('Đạt trên 91%', [2]) // 'Đạt\ntrên\n91%'
 */
export function respace(text: string, choices: readonly number[]): string {
  let k = 0;
  return text.replace(/ (?! )/g, (_m, offset: number) => {
    const gap = GAPS[(choices[k++ % Math.max(1, choices.length)] ?? 0) % GAPS.length]!;
    const next = text[offset + 1] ?? '';
    return /[-–—+]/.test(next) && /[\r\n]/.test(gap) ? '  ' : gap;
  });
}

/**
 * Swap straight and curly quotes: `"a"` becomes `“a”` and `'a'` becomes `‘a’`, and back.
 *
 * @example
 * swapQuotes('mô hình "An ninh cơ sở"') // 'mô hình “An ninh cơ sở”'
 * swapQuotes('mô hình “An ninh cơ sở”') // 'mô hình "An ninh cơ sở"'
 */
export function swapQuotes(text: string): string {
  if (/[“”‘’]/.test(text)) return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  let open = true;
  return text.replace(/"/g, () => ((open = !open) ? '”' : '“')).replace(/'/g, '’');
}

/**
 * End the statement with the closing mark `./.` (instead of a final `.`).
 *
 * @example
 * withClosingMark('Không để xảy ra.') // 'Không để xảy ra./.'
 */
export function withClosingMark(text: string): string {
  return `${text.trimEnd().replace(/\.$/, '')}./.`;
}

/**
 * Put a space between a figure and its `%`.
 *
 * @example
 * spacePercent('Đạt trên 91%') // 'Đạt trên 91 %'
 */
export function spacePercent(text: string): string {
  return text.replace(/(\d)%/g, '$1 %');
}

const MODERN = new RegExp(`(?<![qQ])([oOuU])([${TONES}])([aeyAEY])(?![\\p{L}\\p{M}])`, 'gu');
const OLD = new RegExp(`(?<![qQ])([oOuU])([aeyAEY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Move the tone mark of an open `oa`/`oe`/`uy` syllable to the other vowel: modern
 * (`hòa`, `túy`, `thủy`) becomes old (`hoà`, `tuý`, `thuỷ`) and old becomes modern. The result
 * is NFC, and still differs from the input: NFC does not unify the two placements.
 *
 * @example
 * swapTonePlacement('hòa giải ma túy') // 'hoà giải ma tuý'
 */
export function swapTonePlacement(text: string): string {
  const nfd = text.normalize('NFD');
  const hasModern = MODERN.test(nfd);
  MODERN.lastIndex = 0;
  const out = hasModern ? nfd.replace(MODERN, '$1$3$2') : nfd.replace(OLD, '$1$3$2');
  return out.normalize('NFC');
}

/**
 * Write `tỉ lệ` for `tỷ lệ` (and back).
 *
 * @example
 * swapTiLe('Đạt tỷ lệ từ 80%') // 'Đạt tỉ lệ từ 80%'
 */
export function swapTiLe(text: string): string {
  const nfc = text.normalize('NFC');
  if (/[tT][ỷỶ]\s+l[ệỆ]/u.test(nfc)) return nfc.replace(/([tT])ỷ(\s+)lệ/gu, '$1ỉ$2lệ').replace(/([tT])Ỷ(\s+)LỆ/gu, '$1Ỉ$2LỆ');
  return nfc.replace(/([tT])ỉ(\s+)lệ/gu, '$1ỷ$2lệ').replace(/([tT])Ỉ(\s+)LỆ/gu, '$1Ỷ$2LỆ');
}
