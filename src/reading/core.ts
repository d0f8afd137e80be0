import type { IToken } from 'chevrotain';
import { wordAt, type CoreKind, type Item } from './items.js';
import { MAX_UNIT_WORDS, NOT_UNITS, SCALES, spells, unitOf } from './units.js';
import { toNfc } from '../text/nfc.js';

/** Verbs that introduce a core (`đạt`, `đảm bảo`): dropped from the subject. */
export function isVerb(item: Item | undefined): boolean {
  return item?.kind === 'word' && (item.token.tokenType.name === 'Dat' || item.token.tokenType.name === 'DamBao');
}

/** A word of punctuation only (`.`, `,`, `(`): no letter or digit. */
export function isPunctuation(item: Item | undefined): item is Extract<Item, { kind: 'word' }> {
  return item?.kind === 'word' && !LETTER_OR_DIGIT.test(item.token.image);
}
const LETTER_OR_DIGIT = /[a-z0-9]/;

/**
 * What may stand before a clause's first real word without changing what the clause is: a
 * verb, or punctuation left from the sentence before (`. Không để phát sinh`).
 */
export function isLead(item: Item | undefined): boolean {
  return isVerb(item) || isPunctuation(item);
}

/** Lead-in words of a clause (phấn đấu, duy trì, tiếp tục, quyết tâm), folded, as word pairs. */
const LEAD_INS = new Map([['phan', 'dau'], ['duy', 'tri'], ['tiep', 'tuc'], ['quyet', 'tam']]);

/**
 * The index of a clause's first real item from `at`: past verbs, punctuation and lead-ins
 * (`duy trì, không để phát sinh ...`, `Phấn đấu không còn hộ nghèo`), which say how the plan
 * holds to the target, not what it is.
 */
export function pastLeads(items: readonly Item[], at: number): number {
  let i = at;
  for (;;) {
    if (isLead(items[i])) i++;
    else if (LEAD_INS.get(wordAt(items, i) ?? '') === wordAt(items, i + 1) && wordAt(items, i + 1) !== undefined) i += 2;
    else return i;
  }
}

/** The tokens an item contributes when read as plain words. */
export function wordTokens(item: Item): readonly IToken[] {
  return item.kind === 'word' || item.kind === 'separator' ? [item.token] : item.tokens;
}

/**
 * Every token of some items, in order (loops, not `flatMap`: on Node 20 `flatMap` costs about
 * a microsecond a call, and this runs several times per clause).
 */
export function itemTokens(items: readonly Item[], withSchedules = true): IToken[] {
  const out: IToken[] = [];
  for (const item of items) {
    if (item.kind === 'word' || item.kind === 'separator') out.push(item.token);
    else if (withSchedules || item.kind !== 'timing') for (const t of item.tokens) out.push(t);
  }
  return out;
}

/** Demote an item to plain words. */
export function asWords(item: Item): Item[] {
  return wordTokens(item).map((token) => ({ kind: 'word', token }));
}

/** Which kind of core an item holds. */
export function coreKind(item: Item | undefined): CoreKind | undefined {
  return item?.kind === 'measure' ? item.measure.kind : undefined;
}

/**
 * A count's unit read from the words after its figure: canonical spelling, how many tokens it
 * takes (scale words included) and the power of ten its scale words multiply the figure by.
 */
export interface UnitMatch {
  readonly unit: string;
  readonly length: number;
  readonly scale: number;
}

/**
 * The unit after a figure: the longest known unit (`hồ sơ`, `tỷ đồng`), after any scale words
 * (`nghìn`, `triệu`, `tỷ`, `vạn`); else, when the figure had an explicit comparator, the next
 * word as written. Time words, ages and bare scale words are never units.
 */
export function matchUnit(after: readonly Item[], explicit: boolean, original: (t: IToken) => string): UnitMatch | undefined {
  const words: IToken[] = [];
  for (let i = 0; i < after.length && words.length < MAX_UNIT_WORDS + 2; i++) {
    const item = after[i]!;
    if (item.kind !== 'word' || !LOWER_WORD.test(item.token.image)) break;
    words.push(item.token);
  }
  let scale = 0;
  for (let at = 0; at < words.length && at <= 2; at++) {
    const known = knownUnit(words.slice(at, at + MAX_UNIT_WORDS), original);
    if (known) return { unit: known.unit, length: at + known.length, scale };
    const s = SCALES.get(words[at]!.image);
    if (s === undefined) break;
    scale += s;
  }
  const first = words[0];
  if (!first || NOT_UNITS.has(first.image)) return undefined;
  if (explicit) return { unit: toNfc(original(first)).toLowerCase(), length: 1, scale: 0 };
  return undefined;
}

/** The longest unit of the lexicon the words start with, spelt as written. */
function knownUnit(words: readonly IToken[], original: (t: IToken) => string): { unit: string; length: number } | undefined {
  const first = words[0];
  if (!first) return undefined;
  // `triệu đồng` is a unit, `triệu` alone a scale word.
  for (let n = words.length; n > (NOT_UNITS.has(first.image) ? 1 : 0); n--) {
    const unit = unitOf(n === 1 ? first.image : joined(words, n, (t) => t.image));
    if (!unit) continue;
    const written = toNfc(n === 1 ? original(first) : joined(words, n, original)).toLowerCase();
    // Folding merges `vụ án` and `vụ an ninh`: accented text must spell the unit exactly.
    if (ASCII.test(written) || spells(written, unit)) return { unit, length: n };
  }
  return undefined;
}

const LOWER_WORD = /^[a-z]+$/;
const ASCII = /^[\x00-\x7f]*$/;

/** The first `n` words, each read by `read`, joined with single spaces. */
function joined(words: readonly IToken[], n: number, read: (t: IToken) => string): string {
  let s = read(words[0]!);
  for (let i = 1; i < n; i++) s += ' ' + read(words[i]!);
  return s;
}

/**
 * True when a figure core really is a target's core. A bare number without `%`, comparator
 * or unit (`Ban Chỉ đạo 138 tỉnh`, `giai đoạn 2016-2025`) is description, and so is a change
 * without `%` (`giảm 2 bậc`).
 */
export function isRealCore(item: Item, after: readonly Item[]): boolean {
  if (item.kind !== 'measure') return false;
  const m = item.measure;
  if (m.kind === 'zero' || m.kind === 'comparison') return true;
  const { figure } = m;
  if (figure.percent || figure.upperPercent) return true;
  // A change is in % unless its measure is written: `giảm 1,5 điểm phần trăm`, `tăng 1,5 lần`.
  if (m.kind === 'change') return measureAfter(after) !== undefined;
  const explicit = figure.comparator !== undefined || figure.closer !== undefined;
  return matchUnit(after, explicit, (t) => t.image) !== undefined;
}

/**
 * `điểm phần trăm` (points) or `lần` (a multiple) right after a change's figure, and how many
 * words it takes: a change is in % unless its measure is written.
 */
export function measureAfter(after: readonly Item[]): { measure: 'points' | 'times'; length: number } | undefined {
  if (wordAt(after, 0) === 'diem' && wordAt(after, 1) === 'phan' && wordAt(after, 2) === 'tram') return { measure: 'points', length: 3 };
  if (wordAt(after, 0) === 'lan') return { measure: 'times', length: 1 };
  return undefined;
}
