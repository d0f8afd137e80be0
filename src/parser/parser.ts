/**
 * The grammar of a target statement, as a chevrotain CST parser: the library's runtime parser,
 * and the grammar of record (the docs, EBNF and railroad diagrams in grammar/ are generated
 * from it).
 *
 * A statement is a flat run of segments: separators, timings, baselines, quantitative cores
 * and plain words. Free words are part of the language (they become the subject), so any token
 * that does not start a core is read as a word; the CST → AST step decides what each clause
 * means. Alternatives are ordered most specific first and resolved by one token of lookahead
 * (`maxLookahead: 1`) plus GATEs that look further (./lookahead.ts), which is why ambiguity
 * with `word` is ignored on purpose.
 */
import { CstParser, type CstNode, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { allTokens, T } from '../tokens/index.js';
import type { StatementCstNode } from './cst.js';
import {
  averageAt,
  baselineAt,
  baselineRefAt,
  coreAt,
  figureAt,
  periodListAt,
  quarterYearAt,
  rangeAt,
  scheduleAt,
  scheduleJoinAt,
  yearSpanAt,
  yearlyAt,
  type Lookahead,
  levelNounAt,
  eachYearAt,
} from './lookahead.js';

class TargetParser extends CstParser {
  /** The shared predicates' view of this parser's input (one closure per parser, not per token). */
  private readonly la: Lookahead = (k) => this.LA(k);

  constructor(errorMessageProvider: IParserErrorMessageProvider, skipValidations: boolean) {
    super(allTokens, { maxLookahead: 1, recoveryEnabled: false, nodeLocationTracking: 'none', skipValidations, errorMessageProvider });
    this.performSelfAnalysis();
  }

  /** statement := segment* */
  statement = this.RULE('statement', () => {
    this.MANY(() => this.SUBRULE(this.segment));
  });

  /**
   * One element of a clause: a separator between clauses, its timing, its baseline, the
   * years it spans, its measure, or a free word of its subject.
   */
  segment = this.RULE('segment', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.SUBRULE(this.separator) },
        // A timing, baseline or measure is taken only when it is complete (cheap token checks,
        // not backtracking), so a half-written one such as `so với năm` falls through to words
        // and the reading step reports it with a suggestion.
        { GATE: () => scheduleAt(this.la, 1), ALT: () => this.SUBRULE(this.timing) },
        { GATE: () => baselineAt(this.la, 1), ALT: () => this.SUBRULE(this.baseline) },
        { GATE: () => yearSpanAt(this.la, 1), ALT: () => this.SUBRULE(this.yearSpan) },
        { GATE: () => coreAt(this.la, 1), ALT: () => this.SUBRULE(this.measure) },
        { ALT: () => this.SUBRULE(this.word) },
      ],
    });
  });

  /** `;`, a bullet `-`, `trong đó` (of which), `riêng` (specifically) */
  separator = this.RULE('separator', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Semicolon) },
      { ALT: () => this.CONSUME(T.Bullet) },
      { ALT: () => this.CONSUME(T.TrongDo) },
      { ALT: () => this.CONSUME(T.Rieng) },
    ]);
  });

  /** A deadline or a recurrence (thời hạn): `Quý I và cả năm 2023`, `Tháng 1 và tháng 6` */
  timing = this.RULE('timing', () => {
    this.SUBRULE(this.timingItem);
    this.MANY({
      // `và` joins two timings only when a timing follows; otherwise it is a plain word.
      GATE: () => scheduleJoinAt(this.la),
      DEF: () => {
        this.CONSUME(T.Va);
        this.SUBRULE2(this.timingItem);
      },
    });
  });

  timingItem = this.RULE('timingItem', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.quarter) },
      { ALT: () => this.CONSUME(T.Month) },
      { ALT: () => this.CONSUME(T.Half) },
      { ALT: () => this.CONSUME(T.CaNam) },
      { ALT: () => this.SUBRULE(this.everyPeriod) },
      { ALT: () => this.SUBRULE(this.beforeDate) },
      { ALT: () => this.SUBRULE(this.completeWithin) },
      { ALT: () => this.SUBRULE(this.periodic) },
    ]);
  });

  /** `Quý I`, `quý II/2024`, `quý III năm 2024` */
  quarter = this.RULE('quarter', () => {
    this.CONSUME(T.Quarter);
    this.OPTION({
      GATE: () => quarterYearAt(this.la),
      DEF: () => {
        this.CONSUME(T.Nam);
        this.CONSUME(T.NumberLit, { LABEL: 'year' });
      },
    });
  });

  /** `hằng tháng`, and a list of periods after it: `hàng tháng, quý, năm` */
  everyPeriod = this.RULE('everyPeriod', () => {
    this.CONSUME(T.HangKy);
    this.MANY({
      GATE: () => periodListAt(this.la),
      DEF: () => {
        this.CONSUME(T.Comma);
        this.SUBRULE(this.periodWord, { LABEL: 'more' });
      },
    });
  });

  /** `trước ngày 15/4/2024` */
  beforeDate = this.RULE('beforeDate', () => {
    this.CONSUME(T.TruocNgay);
    this.CONSUME(T.DateLit, { LABEL: 'date' });
  });

  /** `hoàn thành trong quý II`: the timing is the one after the keyword. */
  completeWithin = this.RULE('completeWithin', () => {
    this.CONSUME(T.HoanThanhTrong);
    this.SUBRULE(this.timingItem);
  });

  /** `Định kỳ hàng tháng, quý, năm`, `Định kỳ (6 tháng, 1 năm)` */
  periodic = this.RULE('periodic', () => {
    this.CONSUME(T.DinhKy);
    this.OR([{ ALT: () => this.SUBRULE(this.everyPeriod) }, { ALT: () => this.SUBRULE(this.periodList) }]);
  });

  /** `(6 tháng, 1 năm)` after `định kỳ` */
  periodList = this.RULE('periodList', () => {
    this.CONSUME(T.LParen);
    this.MANY(() => this.SUBRULE(this.periodWord));
    this.OPTION(() => this.CONSUME(T.RParen));
  });

  /** Inside `Định kỳ (6 tháng, 1 năm)`, and after `hàng tháng,`. */
  periodWord = this.RULE('periodWord', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.CONSUME(T.Word) },
      { ALT: () => this.CONSUME(T.Nam) },
      { ALT: () => this.CONSUME(T.Comma) },
    ]);
  });

  /** What a change is measured against (mốc so sánh): `so với năm 2022`, `so với cùng kỳ`, `so cùng kỳ` */
  baseline = this.RULE('baseline', () => {
    this.OR([
      {
        // `so với năm` without a year is not a baseline: the reading step reports it as missing.
        GATE: () => baselineRefAt(this.la, 2),
        ALT: () => {
          this.CONSUME(T.SoVoi);
          this.SUBRULE(this.baselineRef);
        },
      },
      { ALT: () => this.CONSUME(T.CungKy) },
    ]);
  });

  /** `năm 2022`, `năm trước`, `cùng kỳ`, `hiện nay`, `đầu kỳ` */
  baselineRef = this.RULE('baselineRef', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Nam);
          this.CONSUME(T.NumberLit, { LABEL: 'year' });
        },
      },
      { ALT: () => this.CONSUME(T.NamTruoc) },
      { ALT: () => this.CONSUME(T.CungKy) },
      { ALT: () => this.CONSUME(T.HienNay) },
      { ALT: () => this.CONSUME(T.DauKy) },
    ]);
  });

  /** The years a target spans (giai đoạn): `giai đoạn 2021-2025`, `thời kỳ từ 2011-2020` */
  yearSpan = this.RULE('yearSpan', () => {
    this.CONSUME(T.GiaiDoan);
    this.OPTION(() => this.CONSUME(T.Tu));
    this.CONSUME(T.NumberLit, { LABEL: 'from' });
    this.CONSUME(T.Dash);
    this.CONSUME2(T.NumberLit, { LABEL: 'to' });
  });

  /**
   * The measure of a clause (mức chỉ tiêu): zero tolerance, a change, an average over years,
   * a level, or a comparison with a baseline and no figure.
   */
  measure = this.RULE('measure', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(T.KhongDe, { LABEL: 'zero' }) },
        { ALT: () => this.SUBRULE(this.change) },
        { GATE: () => averageAt(this.la, 1), ALT: () => this.SUBRULE(this.average) },
        { GATE: () => figureAt(this.la, 1), ALT: () => this.SUBRULE(this.figure) },
        { ALT: () => this.SUBRULE(this.comparison) },
      ],
    });
  });

  /** `giảm 07%`, `kéo giảm ít nhất 5%`, `tăng từ 5-10%`, `tăng bình quân 9-11%/năm` */
  change = this.RULE('change', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Giam, { LABEL: 'verb' }) }, { ALT: () => this.CONSUME(T.Tang, { LABEL: 'verb' }) }]);
    // `giảm mỗi năm 1%`, `tăng hằng năm 5%`: each year, between the verb and its figure.
    this.OPTION({
      GATE: () => eachYearAt(this.la, 1) > 0,
      DEF: () =>
        this.OR3([
          { ALT: () => this.CONSUME(T.HangKy, { LABEL: 'yearly' }) },
          {
            ALT: () => {
              this.CONSUME(T.Moi, { LABEL: 'yearly' });
              this.CONSUME(T.Nam, { LABEL: 'yearly' });
            },
          },
        ]),
    });
    this.OR2([{ GATE: () => averageAt(this.la, 1), ALT: () => this.SUBRULE(this.average) }, { ALT: () => this.SUBRULE(this.figure) }]);
  });

  /**
   * An average over years (bình quân) before a percentage: `bình quân 7%/năm`, `bình quân
   * hằng năm từ 25%`, `bình quân đạt trên 8%`.
   */
  average = this.RULE('average', () => {
    this.CONSUME(T.BinhQuan);
    this.OPTION({ GATE: () => yearlyAt(this.la, 1), DEF: () => this.CONSUME(T.HangKy, { LABEL: 'yearly' }) });
    this.OPTION2(() => this.CONSUME(T.Dat));
    this.SUBRULE(this.figure);
  });

  /** `trên 91%`, `từ 80% trở lên`, `ít nhất 01`, `5-10%`, `từ 5% đến 10%`, `550` */
  figure = this.RULE('figure', () => {
    this.OPTION(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Comparator, { LABEL: 'comparator' });
            // `dưới mức 3%`, `xuống dưới tỷ lệ 60%`: "the level of" between comparator and number.
            this.MANY({ GATE: () => levelNounAt(this.la, 1) > 0 || (this.la(1).image === 'le' && this.la(2).tokenType === T.NumberLit), DEF: () => this.CONSUME(T.Any, { LABEL: 'levelNoun' }) });
          },
        },
        { ALT: () => this.CONSUME(T.Tu, { LABEL: 'comparator' }) },
      ]),
    );
    this.CONSUME(T.NumberLit, { LABEL: 'value' });
    let percent = false;
    this.OPTION2(() => {
      this.CONSUME(T.Percent, { LABEL: 'percent' });
      percent = true;
    });
    this.OPTION3({
      // `5-10%`, `3% - 5%`, `từ 5% đến 10%`: a dash or `đến` makes a range only before a second
      // figure, and after `91%` only before another percentage (`91% - 550 hồ sơ` is two items).
      GATE: () => rangeAt(this.la, percent),
      DEF: () => {
        this.OR2([{ ALT: () => this.CONSUME(T.Dash, { LABEL: 'to' }) }, { ALT: () => this.CONSUME(T.Den, { LABEL: 'to' }) }]);
        this.CONSUME2(T.NumberLit, { LABEL: 'upper' });
        this.OPTION4(() => this.CONSUME2(T.Percent, { LABEL: 'upperPercent' }));
      },
    });
    this.OPTION5(() =>
      this.OR3([{ ALT: () => this.CONSUME(T.TroLen, { LABEL: 'closer' }) }, { ALT: () => this.CONSUME(T.TroXuong, { LABEL: 'closer' }) }]),
    );
  });

  /** `nhiều hơn năm 2022`, `thấp hơn so với cùng kỳ`, `> năm 2022` */
  comparison = this.RULE('comparison', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.MoreThan, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(T.LessThan, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(T.Gt, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(T.Lt, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(T.Gte, { LABEL: 'op' }) },
      { ALT: () => this.CONSUME(T.Lte, { LABEL: 'op' }) },
    ]);
    this.OPTION({ GATE: () => baselineRefAt(this.la, 2), DEF: () => this.CONSUME(T.SoVoi) });
    this.SUBRULE(this.baselineRef);
  });

  /** Any other token: a free word of the subject. */
  word = this.RULE('word', () => {
    this.CONSUME(T.Any);
  });
}

/**
 * What the parser expected where it stopped, by token type name, recorded as chevrotain builds
 * each error's message (the provider sees the expected types; the exception keeps only text).
 * Parsing is synchronous and does not recover, so the n-th message is the n-th error's.
 */
const expectations: string[][] = [];

function expecting(names: readonly string[], found: IToken | undefined): string {
  const unique = [...new Set(names)];
  expectations.push(unique);
  return `Expecting --> ${unique.join(' | ')} <-- but found --> '${found?.image ?? ''}' <--`;
}

const firstOf = (paths: readonly (readonly TokenType[])[]): string[] => paths.flatMap((p) => (p[0] ? [p[0].name] : []));

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual }) => expecting([expected.name], actual),
  buildNotAllInputParsedMessage: ({ firstRedundant }) => expecting(['EOF'], firstRedundant),
  buildNoViableAltMessage: ({ expectedPathsPerAlt, actual }) => expecting(expectedPathsPerAlt.flatMap(firstOf), actual[0]),
  buildEarlyExitMessage: ({ expectedIterationPaths, actual }) => expecting(firstOf(expectedIterationPaths), actual[0]),
};

let parser: TargetParser | undefined;

/**
 * The one parser instance, built on first use (chevrotain parsers are reusable: set `input`,
 * call a rule). Its self-analysis checks the grammar (ambiguities, left recursion, unused
 * rules) every time it is built; `validate: false` skips that at run time, where the grammar
 * tests have already run it.
 *
 * @example
 * grammarParser().getSerializedGastProductions() // the grammar, for grammar/ generation
 */
export function grammarParser({ validate = false }: { readonly validate?: boolean } = {}): TargetParser {
  if (validate) return new TargetParser(messages, false);
  parser ??= new TargetParser(messages, true);
  return parser;
}

export type { TargetParser };

/** The alternatives of a `segment`. */
export type SegmentKind = 'separator' | 'timing' | 'baseline' | 'yearSpan' | 'measure' | 'word';

/**
 * Why parsing stopped: the chevrotain exception's name and message, with the token types the
 * grammar would have read there.
 *
 * @example
 * ({ name: 'MismatchedTokenException', token: EOF, previousToken, expected: ['DateLit'], message })
 */
export interface ParseFailure {
  readonly name: string;
  readonly message: string;
  /** The token that could not be read (chevrotain's EOF token, with NaN offsets, at the end). */
  readonly token: IToken;
  /** The token before it, when chevrotain knows it. */
  readonly previousToken?: IToken;
  /** Names of the token types that would have been read here (`DateLit`, `Quarter`, ...). */
  readonly expected: readonly string[];
}

/**
 * A statement's CST and the parse errors (at most one: the parser does not recover), with where
 * each segment ends in `tokens` and which alternative it is (its one child).
 */
export interface ParseResult {
  readonly cst: StatementCstNode;
  readonly errors: readonly ParseFailure[];
  readonly segmentEnds: readonly number[];
  readonly segmentKinds: readonly SegmentKind[];
}

/** The one key of a segment's children (no `Object.keys` array: this runs for every token). */
function onlyKey(children: CstNode['children']): string {
  for (const key in children) return key;
  return 'word';
}

/** How many tokens a CST node holds. */
function tokenCount(node: CstNode): number {
  let count = 0;
  for (const key in node.children) {
    for (const el of node.children[key]!) count += 'image' in el ? 1 : tokenCount(el);
  }
  return count;
}

/**
 * Parse one statement's tokens (from `tokenize` on folded text).
 *
 * @example
 * const { cst, errors } = parseStatement(tokenize('giam 07% so voi nam 2022'));
 * errors.length // 0
 */
export function parseStatement(tokens: IToken[]): ParseResult {
  const p = grammarParser();
  expectations.length = 0;
  p.input = tokens;
  const cst = p.statement() as StatementCstNode | undefined;
  const errors: ParseFailure[] = p.errors.map((e, i) => ({
    name: e.name,
    message: e.message,
    token: e.token,
    ...('previousToken' in e && { previousToken: (e as { previousToken: IToken }).previousToken }),
    expected: expectations[i] ?? [],
  }));
  p.input = []; // do not keep the caller's tokens alive
  const segmentEnds: number[] = [];
  const segmentKinds: SegmentKind[] = [];
  let at = 0;
  for (const segment of (cst?.children['segment'] ?? []) as CstNode[]) {
    const kind = onlyKey(segment.children) as SegmentKind;
    at += kind === 'word' || kind === 'separator' ? 1 : tokenCount(segment);
    segmentEnds.push(at);
    segmentKinds.push(kind);
  }
  return { cst: cst ?? { name: 'statement', children: {} }, errors, segmentEnds, segmentKinds };
}
