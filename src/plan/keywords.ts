/**
 * The keywords of the `.chitieu` format: field names and entry keywords, matched on folded text
 * so `Chủ trì`, `CHỦ TRÌ`, `chu tri` and an NFD `Chu\u0309 tri\u0300` are one keyword.
 */

/**
 * Fold a keyword for matching: NFD, strip combining marks U+0300–U+036F, `đ` → `d`, lowercase,
 * collapse whitespace.
 *
 * @example
 * foldKeyword('Đơn vị  CHỦ TRÌ') // "don vi chu tri"
 */
export function foldKeyword(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Fields of a target or task entry. */
export type EntryField = 'description' | 'statement' | 'lead' | 'coordinators' | 'note' | 'timing' | 'id';

/** Fields of the plan header. */
export type HeaderField = 'number' | 'title' | 'issuer' | 'date' | 'year' | 'implements' | 'conventions' | 'units';

/** Canonical spelling of each field, as documents and messages print it. */
export const ENTRY_FIELD_NAMES: Readonly<Record<EntryField, string>> = {
  description: 'Danh mục',
  statement: 'Chỉ tiêu thực hiện',
  lead: 'Chủ trì',
  coordinators: 'Phối hợp',
  note: 'Ghi chú',
  timing: 'Thời gian',
  id: 'Mã',
};

/** Canonical spelling of each header field. */
export const HEADER_FIELD_NAMES: Readonly<Record<HeaderField, string>> = {
  number: 'Số',
  title: 'Tên',
  issuer: 'Cơ quan ban hành',
  date: 'Ngày',
  year: 'Năm',
  implements: 'Thực hiện kế hoạch',
  conventions: 'Quy ước',
  units: 'Danh sách',
};

/**
 * Accepted spellings (folded). Names marked as column headers also match with extra words after
 * them, so a header copied from the Word table (`Chỉ tiêu thực hiện trong năm 2023`,
 * `Đơn vị chủ trì tham mưu`) works as a field name.
 */
const ENTRY_ALIASES: readonly (readonly [string, EntryField, 'exact' | 'prefix'])[] = [
  ['danh muc chi tieu', 'description', 'exact'],
  ['danh muc', 'description', 'exact'],
  ['noi dung nhiem vu', 'description', 'exact'],
  ['noi dung', 'description', 'exact'],
  ['mo ta', 'description', 'exact'],
  ['chi tieu thuc hien', 'statement', 'prefix'],
  ['chi tieu', 'statement', 'exact'],
  ['don vi chu tri', 'lead', 'prefix'],
  ['chu tri', 'lead', 'exact'],
  ['don vi phoi hop', 'coordinators', 'prefix'],
  ['phoi hop', 'coordinators', 'exact'],
  ['ghi chu', 'note', 'exact'],
  ['thoi gian thuc hien', 'timing', 'prefix'],
  ['thoi gian', 'timing', 'exact'],
  ['thoi han', 'timing', 'exact'],
  ['ma', 'id', 'exact'],
  ['ma chi so', 'id', 'exact'],
  ['ma chi tieu', 'id', 'exact'],
  ['ma nhiem vu', 'id', 'exact'],
];

const HEADER_ALIASES: readonly (readonly [string, HeaderField, 'exact' | 'prefix'])[] = [
  ['so', 'number', 'exact'],
  ['so ky hieu', 'number', 'exact'],
  ['so ke hoach', 'number', 'exact'],
  ['ke hoach so', 'number', 'exact'],
  ['ten', 'title', 'exact'],
  ['ten ke hoach', 'title', 'exact'],
  ['trich yeu', 'title', 'exact'],
  ['co quan ban hanh', 'issuer', 'exact'],
  ['co quan', 'issuer', 'exact'],
  ['ngay', 'date', 'exact'],
  ['ngay ban hanh', 'date', 'exact'],
  ['nam', 'year', 'exact'],
  ['nam ke hoach', 'year', 'exact'],
  ['thuc hien ke hoach', 'implements', 'exact'],
  ['thuc hien', 'implements', 'exact'],
  ['can cu', 'implements', 'exact'],
  ['quy uoc', 'conventions', 'exact'],
  ['quy uoc doc', 'conventions', 'exact'],
  // `Danh sách xã: Cẩm Hải; Dương Huy`: the units of a kind, for per-unit targets (`Mỗi xã ...`).
  ['danh sach', 'units', 'prefix'],
];

/** Names as written → field (or null): a plan spells its few field names the same way throughout. */
const lookups = new Map<unknown, Map<string, string | null>>();

function lookup<F extends string>(
  aliases: readonly (readonly [string, F, 'exact' | 'prefix'])[],
  name: string,
): F | undefined {
  let cache = lookups.get(aliases);
  if (!cache) lookups.set(aliases, (cache = new Map()));
  const hit = cache.get(name);
  if (hit !== undefined) return (hit ?? undefined) as F | undefined;
  const key = foldKeyword(name);
  let found: F | null = null;
  for (const [alias, field, mode] of aliases) {
    if (key === alias || (mode === 'prefix' && key.startsWith(`${alias} `))) {
      found = field;
      break;
    }
  }
  if (cache.size < 1024) cache.set(name, found);
  return found ?? undefined;
}

/**
 * The entry field a name stands for, if any.
 *
 * @example
 * entryField('Đơn vị chủ trì tham mưu') // "lead"
 * entryField('chi tieu') // "statement"
 */
export function entryField(name: string): EntryField | undefined {
  return lookup(ENTRY_ALIASES, name);
}

/**
 * The header field a name stands for, if any.
 *
 * @example
 * headerField('Thực hiện kế hoạch') // "implements"
 */
export function headerField(name: string): HeaderField | undefined {
  return lookup(HEADER_ALIASES, name);
}

/** Edit distance between two short strings (Levenshtein, two rows). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The canonical field name closest to a misspelt one (`Chu tr` → `Chủ trì`), within an edit
 * distance of a third of its length (at least 1, at most 3), or undefined.
 *
 * @example
 * suggestField('Phoi hp', 'entry') // "Phối hợp"
 * suggestField('Tuyên truyền', 'entry') // undefined
 */
export function suggestField(name: string, where: 'entry' | 'header'): string | undefined {
  const key = foldKeyword(name);
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  const aliases = where === 'entry' ? ENTRY_ALIASES : HEADER_ALIASES;
  const names: Readonly<Record<string, string>> = where === 'entry' ? ENTRY_FIELD_NAMES : HEADER_FIELD_NAMES;
  let best: { name: string; distance: number } | undefined;
  for (const [alias, field] of aliases) {
    const distance = editDistance(key, alias);
    if (distance <= limit && (!best || distance < best.distance)) best = { name: names[field]!, distance };
  }
  return best?.name;
}

/** Entry keywords: `Chỉ tiêu <STT>` opens a target, `Nhiệm vụ <STT>` a key task. */
export const ENTRY_KEYWORDS: Readonly<Record<'target' | 'task', string>> = {
  target: 'Chỉ tiêu',
  task: 'Nhiệm vụ',
};

/** A line folded character by character, with the original offset of each folded unit. */
export interface FoldedLine {
  readonly text: string;
  /** `offsets[i]` is the offset in the original of folded unit `i`; one extra entry for the end. */
  readonly offsets: readonly number[];
}

/**
 * Fold a line without collapsing anything, keeping where each folded unit came from, so a match
 * on the folded text maps back to the author's columns (NFD input folds to fewer units).
 *
 * @example
 * foldLine('Chu\u0309 tri\u0300').text // "chu tri"
 */
export function foldLine(text: string): FoldedLine {
  let folded = '';
  const offsets: number[] = [];
  let i = 0;
  for (const cp of text) {
    const piece = cp.charCodeAt(0) < 0x80 ? cp.toLowerCase() : foldKeywordPiece(cp);
    for (let k = 0; k < piece.length; k++) offsets.push(i);
    folded += piece;
    i += cp.length;
  }
  offsets.push(text.length);
  return { text: folded, offsets };
}

/** Folded code points seen so far: Vietnamese text uses a few hundred, so this stays small. */
const pieces = new Map<string, string>();

function foldKeywordPiece(cp: string): string {
  let folded = pieces.get(cp);
  if (folded === undefined) {
    folded = cp
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    if (pieces.size < 4096) pieces.set(cp, folded);
  }
  return folded;
}
