/**
 * grammar/chitieu.tmLanguage.json, run on sample plan lines with a small TextMate tokenizer
 * (textmate-engine.ts): the structure of a plan file, the keywords of the target language in
 * statement and timing fields, and the same highlighting with or without diacritics, in NFD
 * and in upper case.
 */
import { describe, expect, it } from 'vitest';
import type { TmGrammar, TmRule } from '../../scripts/grammar/textmate.js';
import { TOKEN_SPELLINGS } from '../../scripts/grammar/spellings.js';
import { readRepoFile } from './paths.js';
import { scopeOf, tokenizeLines, type ScopedText } from './textmate-engine.js';

const grammar = JSON.parse(readRepoFile('grammar/chitieu.tmLanguage.json')) as TmGrammar;

const tokenize = (lines: readonly string[]): ScopedText[][] => tokenizeLines(grammar, lines);
const line = (text: string, before: readonly string[] = []): ScopedText[] => tokenize([...before, text]).at(-1)!;

/** Strip diacritics, keep case: `Giảm` → `Giam`, `Đạt` → `Dat`. */
const unaccented = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const FORMS: Readonly<Record<string, (s: string) => string>> = {
  NFC: (s) => s.normalize('NFC'),
  unaccented,
  NFD: (s) => s.normalize('NFD'),
  'upper case': (s) => s.toUpperCase(),
};

/** The innermost scope of each character of a tokenized line. */
function charScopes(tokens: readonly ScopedText[]): string[] {
  return tokens.flatMap((t) => [...t.text].flatMap((c) => Array<string>(c.length).fill(t.scopes.at(-1)!)));
}

function allRules(): TmRule[] {
  const out: TmRule[] = [];
  const visit = (r: TmRule): void => {
    out.push(r);
    r.patterns?.forEach(visit);
  };
  grammar.patterns.forEach(visit);
  Object.values(grammar.repository).forEach(visit);
  return out;
}

describe('grammar/chitieu.tmLanguage.json: the file', () => {
  it('is the source.chitieu grammar for .chitieu files', () => {
    expect(grammar.scopeName).toBe('source.chitieu');
    expect(grammar.fileTypes).toEqual(['chitieu']);
  });

  it('compiles every regex as a JavaScript u-regex and resolves every include', () => {
    const rules = allRules();
    const sources = rules.flatMap((r) => [r.match, r.begin, r.end].filter((s): s is string => s !== undefined));
    expect(sources.length).toBeGreaterThan(15);
    for (const source of sources) expect(() => new RegExp(source, 'u'), source.slice(0, 60)).not.toThrow();
    const includes = rules.map((r) => r.include).filter((i): i is string => i !== undefined);
    expect(includes.filter((i) => !grammar.repository[i.slice(1)])).toEqual([]);
  });

  it('uses no inline flags or \\G, which JavaScript and Oniguruma read differently', () => {
    for (const r of allRules()) for (const s of [r.match, r.begin, r.end]) expect(s ?? '').not.toMatch(/\(\?[imx]|\\G|\\h/);
  });
});

describe('grammar/chitieu.tmLanguage.json: a plan file', () => {
  const PLAN = [
    '# Kế hoạch mẫu',
    'Số: 102 /KH-UBND',
    'Ngày: 05/04/2023',
    'Năm: 2023',
    '',
    'I. MỤC TIÊU, CHỈ TIÊU',
    '1. Công tác tuyên truyền',
    'Chỉ tiêu 1.4: Tổ chức Hội nghị tuyên truyền',
    '  Chỉ tiêu thực hiện: Số buổi Hội nghị nhiều hơn năm 2022; 100% địa bàn trọng',
    '    # the table breaks across a page here',
    '    điểm phức tạp trên địa bàn phải được tổ chức.',
    '  Chủ trì: Văn phòng HĐND-UBND thành phố; UBND các phường, xã',
    'Chỉ tiêu 2.6',
    '  Danh mục: Giảm tội phạm trên 5%',
    '  Chỉ tiêu thực hiện: Đạt tỷ lệ từ 80% trở lên, trong đó các tội phạm đạt từ 96% trở lên',
    '  Ghi chú: Căn cứ chỉ tiêu Công an tỉnh giao',
    'Chỉ tiêu 2.3: Giảm tội phạm về trật tự xã hội',
    '  Chỉ tiêu thực hiện: Giảm 07% so với năm 2022',
    '',
    'II. NHIỆM VỤ TRỌNG TÂM',
    'Nhiệm vụ 3: Bố trí kinh phí',
    '  Đơn vị chủ trì tham mưu: Phòng Tài chính-Kế hoạch',
    '  Thời gian: Quý I và cả năm 2023',
  ];
  const lines = tokenize(PLAN);
  const at = (n: number): ScopedText[] => lines[n - 1]!;

  it('scopes comments, header fields and their values', () => {
    expect(scopeOf(at(1), '#')).toBe('punctuation.definition.comment.chitieu');
    expect(at(1).at(-1)!.scopes).toContain('comment.line.number-sign.chitieu');
    expect(scopeOf(at(2), 'Số')).toBe('support.type.property-name.chitieu');
    expect(scopeOf(at(3), '05/04/2023')).toBe('constant.numeric.date.chitieu');
    expect(scopeOf(at(4), '2023')).toBe('constant.numeric.chitieu');
  });

  it('scopes sections and entries', () => {
    expect(scopeOf(at(6), 'I.')).toBe('constant.numeric.section.chitieu');
    expect(scopeOf(at(6), 'MỤC TIÊU, CHỈ TIÊU')).toBe('entity.name.section.chitieu');
    expect(scopeOf(at(8), 'Chỉ tiêu')).toBe('keyword.control.entry.chitieu');
    expect(scopeOf(at(8), '1.4')).toBe('constant.numeric.stt.chitieu');
    expect(scopeOf(at(8), 'Tổ chức Hội nghị tuyên truyền')).toBe('entity.name.entry.chitieu');
    expect(scopeOf(at(13), '2.6')).toBe('constant.numeric.stt.chitieu');
    expect(scopeOf(at(21), 'Nhiệm vụ')).toBe('keyword.control.entry.chitieu');
  });

  it('highlights a statement, across a comment and a continuation line', () => {
    expect(scopeOf(at(9), 'Chỉ tiêu thực hiện')).toBe('support.type.property-name.chitieu');
    expect(scopeOf(at(9), 'nhiều hơn')).toBe('keyword.operator.comparison.chitieu');
    expect(scopeOf(at(9), 'năm 2022')).toBe('constant.language.baseline.chitieu');
    expect(scopeOf(at(9), ';')).toBe('punctuation.separator.clause.chitieu');
    expect(scopeOf(at(9), '100%')).toBe('constant.numeric.percentage.chitieu');
    expect(at(10).at(-1)!.scopes).toContain('comment.line.number-sign.chitieu');
    expect(at(11).every((t) => t.scopes.includes('meta.statement.chitieu'))).toBe(true);
  });

  it('reads a comparator word only before a figure or a baseline (`trên địa bàn` is a place)', () => {
    expect(scopeOf(at(11), 'trên')).toBeUndefined();
    expect(charScopes(at(11)).every((s) => s === 'meta.statement.chitieu')).toBe(true);
  });

  it('ends a statement at the next field and leaves free-text fields alone', () => {
    expect(scopeOf(at(12), 'Chủ trì')).toBe('support.type.property-name.chitieu');
    expect(at(12).some((t) => t.scopes.includes('meta.statement.chitieu'))).toBe(false);
    expect(scopeOf(at(12), ';')).toBeUndefined();
    expect(scopeOf(at(14), 'Danh mục')).toBe('support.type.property-name.chitieu');
    expect(at(14).some((t) => /keyword|numeric/.test(t.scopes.join(' ')))).toBe(false);
    expect(scopeOf(at(16), 'Ghi chú')).toBe('support.type.property-name.chitieu');
    expect(scopeOf(at(22), 'Đơn vị chủ trì tham mưu')).toBe('support.type.property-name.chitieu');
  });

  it('scopes the keywords of a range, a sub-population, a change and a timing', () => {
    expect(scopeOf(at(15), 'Đạt')).toBe('keyword.other.verb.chitieu');
    expect(scopeOf(at(15), 'từ')).toBe('keyword.operator.comparison.chitieu');
    expect(scopeOf(at(15), '80%')).toBe('constant.numeric.percentage.chitieu');
    expect(scopeOf(at(15), 'trở lên')).toBe('keyword.operator.comparison.chitieu');
    expect(scopeOf(at(15), 'trong đó')).toBe('keyword.control.clause.chitieu');
    expect(scopeOf(at(18), 'Giảm')).toBe('keyword.operator.change.chitieu');
    expect(scopeOf(at(18), '07%')).toBe('constant.numeric.percentage.chitieu');
    expect(scopeOf(at(18), 'so với')).toBe('keyword.other.baseline.chitieu');
    expect(scopeOf(at(23), 'Quý I')).toBe('constant.language.timing.chitieu');
    expect(scopeOf(at(23), 'cả năm 2023')).toBe('constant.language.timing.chitieu');
  });

  it('reads the dates a header accepts, and an indented header field', () => {
    for (const date of ['5-4-2023', '2023-04-05', 'ngày 05 tháng 4 năm 2023']) {
      expect(scopeOf(line(`Ngày: ${date}`), date), date).toBe('constant.numeric.date.chitieu');
    }
    expect(scopeOf(line('  Năm: 2023'), 'Năm')).toBe('support.type.property-name.chitieu');
  });

  it('reads a date in words inside a statement as a date, not the timing `tháng 4`', () => {
    const t = line('  Chỉ tiêu thực hiện: báo cáo ngày 05 tháng 4 năm 2023 đạt 80%');
    expect(scopeOf(t, 'ngày 05 tháng 4 năm 2023')).toBe('constant.numeric.date.chitieu');
    expect(t.some((x) => x.scopes.includes('constant.language.timing.chitieu') && x.text.includes('tháng'))).toBe(false);
  });

  for (const [form, f] of Object.entries(FORMS)) {
    it(`highlights the same way in ${form}`, () => {
      const written = tokenize(PLAN.map(f));
      const innermost = (ls: ScopedText[][]) => ls.map((l) => l.map((t) => t.scopes.at(-1)));
      expect(innermost(written)).toEqual(innermost(lines));
    });
  }
});

/** A statement line that gives each token's spelling the context it is a keyword in. */
const CONTEXT: Readonly<Record<string, (s: string) => string>> = {
  TroLen: (s) => `từ 5% ${s}`,
  TroXuong: (s) => `từ 5% ${s}`,
  Den: (s) => `từ 5% ${s} 10%`,
  Nam: (s) => `tăng 5% so với ${s} 2022`,
  SoVoi: (s) => `tăng 5% ${s} năm 2022`,
  Per: (s) => `02 lần${s}`,
  TruocNgay: (s) => `${s} 15/03/2023`,
  GiaiDoan: (s) => `tăng bình quân 7%/năm ${s} 2021-2025`,
  GiaoChiTieu: (s) => `(Công an ${s} cho các xã)`,
};
const ROLE_CONTEXT: Readonly<Record<string, (s: string) => string>> = {
  comparator: (s) => `${s} 5%`,
  change: (s) => `${s} 5%`,
  verb: (s) => `${s} 80%`,
  baseline: (s) => `tăng 5% ${s}`,
  zero: (s) => s,
  timing: (s) => s,
  structure: (s) => `${s} xã 5%`,
};
const SKIP = new Set(['Va', 'Bullet']);

describe('grammar/chitieu.tmLanguage.json: every keyword of the language', () => {
  const cases = Object.entries(TOKEN_SPELLINGS)
    .filter(([name, s]) => !SKIP.has(name) && ROLE_CONTEXT[s.role] !== undefined && s.spellings.some((w) => /\p{L}/u.test(w)))
    .flatMap(([name, s]) => s.spellings.filter((w) => /\p{L}/u.test(w)).map((w) => ({ name, word: w, text: (CONTEXT[name] ?? ROLE_CONTEXT[s.role]!)(w) })));

  it('covers the keyword tokens', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  for (const [form, f] of Object.entries(FORMS)) {
    it(`scopes each keyword in ${form}`, () => {
      const missed: string[] = [];
      for (const { name, word, text } of cases) {
        const prefix = f('  Chỉ tiêu thực hiện: ');
        const written = prefix + f(text);
        const start = written.indexOf(f(word), prefix.length);
        const scopes = charScopes(line(written)).slice(start, start + f(word).length);
        if (start < 0 || !scopes.every((s) => s.endsWith('.chitieu') && s !== 'meta.statement.chitieu')) missed.push(`${name}: ${written}`);
      }
      expect(missed).toEqual([]);
    });
  }
});
