/**
 * A TextMate grammar (scopeName `source.chitieu`) for `.chitieu` plan files: comments, header
 * fields, sections, entries, field names, and inside statements and timings the keywords,
 * comparators, figures, baselines and timings of the target language.
 *
 * Keywords come from the same spelling table as the reference (spellings.ts, checked against the
 * lexer) and are matched loosely (loose-pattern.ts): with or without diacritics, any case, NFC
 * or NFD, as the parser reads them. Like the parser's grammar, a comparator word is a comparator
 * only before a figure or a baseline, so `trên địa bàn` ("in the area") is not highlighted.
 */
import { WORD_END, WORD_START, loose, looseWords } from './loose-pattern.js';
import { ENTRY_WORDS, HEADER_NAMES, STATEMENT_FIELDS, TEXT_FIELDS, type FieldMatch } from './plan-keywords.js';
import { TOKEN_SPELLINGS, type TokenRole } from './spellings.js';

/**
 * A TextMate rule, as much of the format as this grammar uses.
 *
 * @example
 * ({ name: 'comment.line.number-sign.chitieu', match: '^[ \\t]*(#).*$' })
 */
export interface TmRule {
  readonly name?: string;
  readonly contentName?: string;
  readonly match?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly captures?: Readonly<Record<string, { readonly name: string }>>;
  readonly beginCaptures?: Readonly<Record<string, { readonly name: string }>>;
  readonly endCaptures?: Readonly<Record<string, { readonly name: string }>>;
  readonly patterns?: readonly TmRule[];
  readonly include?: string;
  readonly comment?: string;
}

/**
 * A whole TextMate grammar.
 *
 * @example
 * buildTextMateGrammar().repository.comment?.name // "comment.line.number-sign.chitieu"
 */
export interface TmGrammar {
  readonly $schema: string;
  readonly name: string;
  readonly scopeName: string;
  readonly fileTypes: readonly string[];
  readonly patterns: readonly TmRule[];
  readonly repository: Readonly<Record<string, TmRule>>;
}

const NUMBER = '\\d+(?:[.,]\\d+)*';
/** What may follow a comparator for it to be one: a figure or a baseline. */
const BOUNDED = `(?=[ \\t]*(?:\\d|${['so với', 'so cùng kỳ', 'cùng kỳ', 'năm', 'hiện nay', 'đầu kỳ'].map(loose).join('|')}))`;

/** Spellings of every token with a role, except those `skip` names. */
function spelled(role: TokenRole, skip: readonly string[] = []): string[] {
  return Object.entries(TOKEN_SPELLINGS)
    .filter(([name, s]) => s.role === role && !skip.includes(name))
    .flatMap(([, s]) => s.spellings);
}

const isWord = (s: string): boolean => /\p{L}/u.test(s);

/** A field name followed by its colon; `prefix` names may take more words first. */
function fieldName(fields: readonly (readonly [string, FieldMatch])[]): string {
  const sorted = [...fields].sort((a, b) => b[0].length - a[0].length);
  const alts = sorted.map(([name, how]) => (how === 'prefix' ? `${loose(name)}(?:[ \\t][^:]*?)?` : loose(name)));
  return `(?:${alts.join('|')})`;
}

const fieldCaptures = {
  '2': { name: 'support.type.property-name.chitieu' },
  '3': { name: 'punctuation.separator.key-value.chitieu' },
};

function statementRules(): Record<string, TmRule> {
  const comparatorWords = spelled('comparator', ['Tu', 'Den', 'TroLen', 'TroXuong']).filter(isWord);
  const symbols = spelled('comparator').filter((s) => !isWord(s));
  const refs = [...TOKEN_SPELLINGS.NamTruoc!.spellings, ...TOKEN_SPELLINGS.CungKy!.spellings, ...TOKEN_SPELLINGS.HienNay!.spellings, ...TOKEN_SPELLINGS.DauKy!.spellings];
  const roman = ['iv', 'iii', 'ii', 'i', 'vi', 'v'].map(loose).join('|');
  const year = '(?:[ \\t]*\\/[ \\t]*\\d{4})?';
  return {
    statement: {
      comment: 'Inside a target statement or a timing.',
      patterns: ['zero', 'delegation', 'date-words', 'deadline', 'timing', 'baseline', 'change', 'comparator', 'verb', 'clause', 'frequency', 'date', 'percentage', 'number'].map((r) => ({ include: `#${r}` })),
    },
    zero: { name: 'keyword.other.zero-tolerance.chitieu', match: looseWords(spelled('zero')) },
    delegation: { name: 'keyword.other.delegated.chitieu', match: looseWords(spelled('delegation')) },
    'date-words': {
      comment: 'A date written out (`ngày 05 tháng 4 năm 2023`) is a date, not the timing `tháng 4`.',
      name: 'constant.numeric.date.chitieu',
      match: `${WORD_START}${loose('ngày')}[ \\t]+\\d{1,2}[ \\t]+${loose('tháng')}[ \\t]+\\d{1,2}(?:[ \\t]+${loose('năm')}[ \\t]+\\d{4})?(?!\\d)`,
    },
    deadline: {
      match: `${WORD_START}(${loose('trước ngày')})[ \\t]+(\\d{1,2}\\/\\d{1,2}\\/\\d{4})(?!\\d)`,
      captures: { '1': { name: 'constant.language.timing.chitieu' }, '2': { name: 'constant.numeric.date.chitieu' } },
    },
    timing: {
      name: 'constant.language.timing.chitieu',
      match:
        `${WORD_START}(?:${loose('quý')}[ \\t]+(?:${roman}|\\d{1,2})${year}` +
        `|${loose('tháng')}[ \\t]+\\d{1,2}${year}` +
        `|6[ \\t]+${loose('tháng')}[ \\t]+(?:${loose('đầu')}|${loose('cuối')})[ \\t]+${loose('năm')}(?:[ \\t]+\\d{4})?` +
        `|${loose('cả năm')}(?:[ \\t]+\\d{4})?` +
        `|${loose('hằng')}[ \\t]+(?:${loose('năm')}|${loose('quý')}|${loose('tháng')})` +
        `|(?:${loose('giai đoạn')}|${loose('thời kỳ')})[ \\t]+(?:${loose('từ')}[ \\t]+)?\\d{4}[ \\t]*[-–][ \\t]*\\d{4}` +
        `|${['hoàn thành trong', 'định kỳ', 'trước ngày'].map(loose).join('|')})${WORD_END}`,
    },
    baseline: {
      match: `${WORD_START}(?:(${loose('so với')})[ \\t]+)?(${loose('năm')}[ \\t]+\\d{4}|${refs.map(loose).join('|')})${WORD_END}`,
      captures: { '1': { name: 'keyword.other.baseline.chitieu' }, '2': { name: 'constant.language.baseline.chitieu' } },
    },
    change: { name: 'keyword.operator.change.chitieu', match: looseWords(spelled('change')) },
    comparator: {
      name: 'keyword.operator.comparison.chitieu',
      match:
        `(?:${looseWords([...comparatorWords, ...TOKEN_SPELLINGS.Tu!.spellings, ...TOKEN_SPELLINGS.Den!.spellings])}` +
        `|${symbols.map((s) => s.replace(/[.*+?^$|()[\]{}\\/]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|')})${BOUNDED}` +
        `|${looseWords([...TOKEN_SPELLINGS.TroLen!.spellings, ...TOKEN_SPELLINGS.TroXuong!.spellings])}`,
    },
    verb: { name: 'keyword.other.verb.chitieu', match: looseWords(spelled('verb')) },
    clause: {
      patterns: [
        { name: 'keyword.control.clause.chitieu', match: looseWords(['trong đó', 'riêng', 'mỗi']) },
        { name: 'punctuation.separator.clause.chitieu', match: ';' },
        { name: 'punctuation.definition.list.chitieu', match: '^[ \\t]*-(?=[ \\t])|(?<=[.;:])[ \\t]*-(?=[ \\t])' },
      ],
    },
    frequency: { name: 'keyword.other.frequency.chitieu', match: `\\/[ \\t]*(?:${loose('năm')}|${loose('quý')}|${loose('tháng')})${WORD_END}` },
    date: { name: 'constant.numeric.date.chitieu', match: '(?<!\\d)\\d{1,2}\\/\\d{1,2}\\/\\d{4}(?!\\d)' },
    percentage: { name: 'constant.numeric.percentage.chitieu', match: `(?<![\\p{L}\\p{N}])${NUMBER}[ \\t]*%` },
    number: { name: 'constant.numeric.chitieu', match: `(?<![\\p{L}\\p{N}])${NUMBER}(?![\\p{L}\\p{N}])` },
  };
}

/**
 * Build the TextMate grammar.
 *
 * @example
 * buildTextMateGrammar().scopeName // "source.chitieu"
 */
export function buildTextMateGrammar(): TmGrammar {
  const allFields = fieldName([...STATEMENT_FIELDS, ...TEXT_FIELDS]);
  const stt = '(?:\\d+|[IVXLCivxlc]+)(?:\\.[0-9A-Za-z]+)*';
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'chỉ tiêu plan',
    scopeName: 'source.chitieu',
    fileTypes: ['chitieu'],
    patterns: ['comment', 'entry', 'section', 'header', 'statement-field', 'text-field'].map((r) => ({ include: `#${r}` })),
    repository: {
      comment: {
        name: 'comment.line.number-sign.chitieu',
        match: '^[ \\t]*(#).*$',
        captures: { '1': { name: 'punctuation.definition.comment.chitieu' } },
      },
      entry: {
        comment: '`Chỉ tiêu 2.3: <danh mục>` or `Nhiệm vụ 1: <nội dung>` at column 1.',
        name: 'meta.entry.chitieu',
        match: `^(${ENTRY_WORDS.map(loose).join('|')})[ \\t]+(${stt})\\.?(?=[ \\t:–-]|$)[ \\t]*([:–-])?[ \\t]*(.*)$`,
        captures: {
          '1': { name: 'keyword.control.entry.chitieu' },
          '2': { name: 'constant.numeric.stt.chitieu' },
          '3': { name: 'punctuation.separator.key-value.chitieu' },
          '4': { name: 'entity.name.entry.chitieu' },
        },
      },
      section: {
        comment: '`I. MỤC TIÊU`, `1. Công tác ...`, `1.2. ...`, `a) ...` at column 1.',
        name: 'markup.heading.section.chitieu',
        match: '^((?:[IVXLC]+|\\d+(?:\\.\\d+)*)\\.|[a-zđ]\\))[ \\t]+(\\S.*)$',
        captures: { '1': { name: 'constant.numeric.section.chitieu' }, '2': { name: 'entity.name.section.chitieu' } },
      },
      header: {
        comment: 'A header field: `Số: 102/KH-UBND`, `Ngày: 05/04/2023`, `Năm: 2023`.',
        begin: `^([ \\t]*)(${HEADER_NAMES.map(loose).sort((a, b) => b.length - a.length).join('|')})[ \\t]*(:)`,
        end: '$',
        beginCaptures: fieldCaptures,
        patterns: [{ include: '#header-date' }, { include: '#date-words' }, { include: '#number' }],
      },
      'header-date': {
        comment: 'The dates a header accepts: `05/04/2023`, `5-4-2023`, `2023-04-05`.',
        name: 'constant.numeric.date.chitieu',
        match: '(?<!\\d)(?:\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2})(?!\\d)',
      },
      'statement-field': {
        comment: 'A statement or timing field; indented lines after it continue it.',
        begin: `^([ \\t]*)(${fieldName(STATEMENT_FIELDS)})[ \\t]*(:)`,
        end: `^(?=[ \\t]*${allFields}[ \\t]*:|[^ \\t#\\r\\n])`,
        beginCaptures: fieldCaptures,
        contentName: 'meta.statement.chitieu',
        patterns: [{ include: '#comment' }, { include: '#statement' }],
      },
      'text-field': {
        comment: 'Any other entry field: its value is free text.',
        match: `^([ \\t]*)(${fieldName(TEXT_FIELDS)})[ \\t]*(:)`,
        captures: fieldCaptures,
      },
      ...statementRules(),
    },
  };
}

/**
 * The grammar as JSON text. Combining marks in the patterns are written as `\u0300` escapes
 * so the file stays readable; JSON readers turn them back into the characters.
 *
 * @example
 * JSON.parse(textMateJson()).scopeName // "source.chitieu"
 */
export function textMateJson(): string {
  const json = JSON.stringify(buildTextMateGrammar(), null, 2);
  return `${json.replace(/[\u0300-\u036f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
