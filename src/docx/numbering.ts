/**
 * List numbers. Word stores an auto-numbered paragraph (`I.`, `1.`, `a)`, a bullet) as a
 * reference into numbering.xml, not as text: an auto-numbered STT column or heading has no
 * number in document.xml. The reader counts each list as Word draws it and writes the number
 * in front of the paragraph's text, so the STT and the section numbers are read.
 */
import type { Element } from '@xmldom/xmldom';
import { attr, child, elements, isW } from './xml.js';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) ((out += s), (n -= v));
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** One counter in a level's format (`upperRoman` 4 → `IV`). */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * Counts the numbered paragraphs of a document in order and gives each its label. As in Word,
 * the lists (`w:num`) that share a definition (`w:abstractNum`) share its counters: a list that
 * continues another is a second `w:num` of the same definition (LibreOffice writes a table's
 * section rows and STT cells so), and a `w:startOverride` restarts the count where that list
 * is first used.
 */
export class Numbering {
  private readonly lists = new Map<string, { readonly abstract: string; readonly levels: Map<number, Level>; readonly restarts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();
  private readonly used = new Set<string>();

  constructor(root: Element | undefined) {
    if (!root) return;
    const abstract = new Map<string, Map<number, Level>>();
    for (const a of elements(root).filter((e) => isW(e, 'abstractNum'))) {
      const lv = new Map<number, Level>();
      for (const l of elements(a).filter((e) => isW(e, 'lvl'))) {
        lv.set(Number(attr(l, 'ilvl') ?? 0), {
          start: Number(attr(child(l, 'start'), 'val') ?? 1),
          format: attr(child(l, 'numFmt'), 'val') ?? 'decimal',
          text: attr(child(l, 'lvlText'), 'val') ?? '',
        });
      }
      abstract.set(attr(a, 'abstractNumId') ?? '', lv);
    }
    for (const n of elements(root).filter((e) => isW(e, 'num'))) {
      const id = attr(child(n, 'abstractNumId'), 'val') ?? '';
      const base = abstract.get(id);
      if (!base) continue;
      const restarts = new Map<number, number>();
      for (const o of elements(n).filter((e) => isW(e, 'lvlOverride'))) {
        const start = attr(child(o, 'startOverride'), 'val');
        if (start !== undefined) restarts.set(Number(attr(o, 'ilvl') ?? 0), Number(start));
      }
      this.lists.set(attr(n, 'numId') ?? '', { abstract: id, levels: base, restarts });
    }
  }

  /**
   * The label of the next paragraph of list `numId` at level `ilvl` (`II.`, `1.2`, `-`), or
   * `undefined` when the list is not defined (numId 0 switches numbering off).
   */
  next(numId: string, ilvl: number): string | undefined {
    const list = this.lists.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level) return undefined;
    const lv = list.levels;
    const counts = this.counters.get(list.abstract) ?? [];
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [i, start] of list.restarts) {
        counts[i] = start - 1;
        if (counts.length > i + 1) counts.length = i + 1;
      }
    }
    for (let i = 0; i <= ilvl; i++) counts[i] ??= (lv.get(i)?.start ?? 1) - 1;
    counts[ilvl]! += 1;
    counts.length = ilvl + 1;
    this.counters.set(list.abstract, counts);
    if (level.format === 'bullet') return '-';
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(counts[i] ?? lv.get(i)?.start ?? 1, lv.get(i)?.format ?? 'decimal');
    });
  }
}
