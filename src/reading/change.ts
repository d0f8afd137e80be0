/**
 * How a change is written around its figure: the opening verb of verb–subject–figure, the words
 * of an absolute increase or a multiple, a yearly change, a rate's change, and the baseline a
 * change with none written is measured against.
 */
import type { IToken } from 'chevrotain';
import type { Baseline } from '../ast/types.js';
import type { BuildContext } from './context.js';
import { wordAt, type Item } from './items.js';

/** `tỷ lệ`/`tỉ lệ` (both fold to `ty le`/`ti le`) among a change's subject words. */
export function namesRate(tokens: readonly IToken[]): boolean {
  return tokens.some((t, i) => (t.image === 'ty' || t.image === 'ti') && tokens[i + 1]?.image === 'le');
}

/**
 * `hằng năm`, `hàng năm`, `từng năm`, `mỗi năm`, `%/năm` among a clause's tokens: the first and
 * last token of the first one, or undefined.
 */
export function yearlyWords(tokens: readonly IToken[]): readonly [IToken, IToken] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.tokenType.name === 'HangKy' && /nam$/.test(t.image)) return [t, t];
    if (t.tokenType.name === 'Moi' && next?.tokenType.name === 'Nam') return [t, next];
    if (t.tokenType.name === 'Per' && /nam$/.test(t.image) && tokens[i - 1]?.tokenType.name === 'Percent') return [t, t];
  }
  return undefined;
}

/** The baseline of a change with none written, by the convention in force. */
export function unwritten(ctx: BuildContext): Baseline {
  return ctx.conventions.unwrittenBaseline === 'period_start' ? { kind: 'period_start' } : { kind: 'same_period_last_year' };
}

/** `đầu kỳ`, `cùng kỳ`: the baseline a warning names. */
export function formatBaselineVi(b: Baseline): string {
  return b.kind === 'same_period_last_year' ? 'cùng kỳ' : 'đầu kỳ';
}

/**
 * `tăng thêm`, `có thêm` (an absolute increase) or `gấp`, `tăng gấp` (a multiple) just before a
 * figure: where the words start, and which.
 */
export function increaseBefore(before: readonly Item[]): { at: number; times: boolean } | undefined {
  const n = before.length;
  const tang = (k: number): boolean => {
    const it = before[k];
    return it?.kind === 'word' && it.token.tokenType.name === 'Tang';
  };
  if (wordAt(before, n - 1) === 'them' && (tang(n - 2) || wordAt(before, n - 2) === 'co')) return { at: n - 2, times: false };
  if (wordAt(before, n - 1) === 'gap') return { at: tang(n - 2) ? n - 2 : n - 1, times: true };
  return undefined;
}

/** Words of a lead-in that may stand before a clause's verb (`phấn đấu`, `tiếp tục`, `quyết tâm`). */
const LEAD_WORDS = new Set(['phan', 'dau', 'tiep', 'tuc', 'quyet', 'tam', 'no', 'luc']);

/**
 * The index of `giảm`/`kéo giảm`/`tăng` when it is the clause's first word after a lead-in and
 * punctuation (`Kéo giảm số vụ cháy, nổ từ 3-5%`), else -1. Only there: a `tăng` further in is a
 * noun phrase (`Tỷ lệ tăng dân số tự nhiên`).
 */
export function openingVerb(before: readonly Item[]): number {
  for (let i = 0; i < before.length; i++) {
    const item = before[i]!;
    if (item.kind !== 'word') return -1;
    const name = item.token.tokenType.name;
    // `tăng trưởng` (growth) is a noun, not the verb `tăng`.
    if (name === 'Tang') return wordAt(before, i + 1) === 'truong' ? -1 : i;
    if (name === 'Giam') return i;
    if (/[a-z0-9]/.test(item.token.image) && !LEAD_WORDS.has(item.token.image)) return -1;
  }
  return -1;
}

/**
 * A subject that names a change of what follows it: `Tỷ lệ giảm nghèo đa chiều trên 4%` (the
 * poverty rate falls by more than 4 points), `mức giảm tỷ lệ hộ nghèo 1-1,5%`, `tỷ lệ tăng
 * doanh nghiệp tư nhân từ 20-30%` (their number grows by 20-30%). The words before the verb
 * (`tỷ lệ`, `mức`) say "the size of", except before `nghèo`, whose rate they name. Returns the
 * verb's index and the indexes the subject keeps, or undefined. `tăng trưởng` (growth) and
 * `tỷ lệ tăng dân số tự nhiên` (an indicator measured as such) are not changes of a subject.
 *
 * @example
 * changeInSubject(items('Tỷ lệ giảm nghèo đa chiều')) // { verb: 2, keep: [0, 1, 3, 4, 5] }
 */
export function changeInSubject(before: readonly Item[]): { verb: number; keep: number[] } | undefined {
  let i = 0;
  // Past lead-ins and punctuation (`. mức giảm tỷ lệ hộ nghèo 1-1,5%`), as `openingVerb` is.
  while (i < before.length && (LEAD_WORDS.has(wordAt(before, i) ?? '') || /^[^a-z0-9]+$/.test(wordAt(before, i) ?? 'a'))) i++;
  const size = wordAt(before, i) === 'muc' ? 1 : (wordAt(before, i) === 'ty' || wordAt(before, i) === 'ti') && wordAt(before, i + 1) === 'le' ? 2 : 0;
  if (size === 0) return undefined;
  const v = i + size;
  const verb = before[v];
  if (verb?.kind !== 'word' || (verb.token.tokenType.name !== 'Giam' && verb.token.tokenType.name !== 'Tang')) return undefined;
  const next = wordAt(before, v + 1);
  if (next === 'truong' || next === undefined) return undefined;
  const rest = before.slice(v + 1).map((_, k) => wordAt(before, v + 1 + k));
  if (rest.includes('tu') && rest.includes('nhien')) return undefined;
  const keepSize = next === 'ngheo';
  const keep = before.map((_, k) => k).filter((k) => k !== v && (keepSize || k < i || k >= v));
  return { verb: v, keep };
}

/**
 * A list of measures right after a change's figure (`giảm 5-10% số vụ, số người chết, số người bị
 * thương`, `số vụ, người chết và bị thương`): one target per measure, the words of each, or
 * undefined when the words after the figure are not such a list. Each part is a few plain words;
 * the first opens with `số`.
 */
export function measureList(after: readonly Item[]): Item[][] | undefined {
  if (wordAt(after, 0) !== 'so') return undefined;
  const parts: Item[][] = [[]];
  for (const item of after) {
    if (item.kind !== 'word') return undefined;
    const name = item.token.tokenType.name;
    if (name === 'Comma' || name === 'Va') {
      parts.push([]);
      continue;
    }
    if (!/[a-z0-9]/.test(item.token.image)) return undefined; // other punctuation: not a plain list
    parts[parts.length - 1]!.push(item);
  }
  if (parts.length < 2 || parts.some((p) => p.length === 0 || p.length > 6)) return undefined;
  return parts;
}

/**
 * First words of what a figureless change may measure: a count (`số vụ`), a rate (`tỷ lệ`), a
 * harm or a state that is counted (`tai nạn`, `tội phạm`, `tình trạng ùn tắc`, `thiệt hại`).
 * `giảm nghèo` (the programme), `tăng cường` (strengthen) stand outside it.
 */
const ADVERBS = new Set(['manh', 'dan', 'sau']);
const MEASURED = new Set(['so', 'ty', 'ti', 'tai', 'toi', 'tinh', 'thiet', 'vu', 'nguoi', 'muc', 'chi', 'thoi', 'tngt']);

/**
 * `giảm tai nạn giao thông do uống rượu, bia`, `Giảm tỷ lệ người bị tạm giữ trốn`: a change with
 * no figure is a comparison with its baseline (lower, or higher, than it was). Read as a
 * qualitative target it could never be checked against the rows that decide it. Returns the
 * verb's index and its direction, or undefined.
 */
export function figurelessChange(body: readonly Item[]): { at: number; direction: 'decrease' | 'increase' } | undefined {
  const at = openingVerb(body);
  if (at < 0) return undefined;
  const next = ADVERBS.has(wordAt(body, at + 1) ?? '') ? at + 2 : at + 1; // `giảm mạnh số người`
  if (!MEASURED.has(wordAt(body, next) ?? '')) return undefined;
  const verb = body[at] as Extract<Item, { kind: 'word' }>;
  return { at, direction: verb.token.tokenType.name === 'Giam' ? 'decrease' : 'increase' };
}
