/**
 * The grammar of a target statement, as a chevrotain CST parser.
 *
 * A statement is a flat run of segments: separators, timings, baselines, quantitative cores
 * and plain words. Free words are part of the language (they become the subject), so any token
 * that does not start a core is read as a word; the CST → AST step decides what each clause
 * means. Alternatives are ordered most specific first and resolved by LL(k) lookahead, which is
 * why ambiguity with `word` is ignored on purpose.
 */
import { CstParser, tokenMatcher, type CstNode, type IToken, type TokenType } from 'chevrotain';
import { allTokens, T } from '../tokens/index.js';
import { skipGrammarValidation } from '../tokens/validation.js';

const PERIOD_WORDS = new Set(['nam', 'quy', 'thang']);
const SCHEDULE_START = new Set([T.Quarter, T.Month, T.Half, T.CaNam, T.HangKy, T.TruocNgay, T.HoanThanhTrong, T.DinhKy]);

const BASELINE_REF = new Set([T.NamTruoc, T.CungKy, T.HienNay, T.DauKy]);
const COMPARISON = new Set([T.MoreThan, T.LessThan, T.Gt, T.Lt, T.Gte, T.Lte]);

class TargetParser extends CstParser {
  constructor() {
    super(allTokens, { maxLookahead: 4, recoveryEnabled: false, nodeLocationTracking: 'none', skipValidations: skipGrammarValidation() });
    this.performSelfAnalysis();
  }

  /** statement := segment* */
  statement = this.RULE('statement', () => {
    this.MANY(() => this.SUBRULE(this.segment));
  });

  segment = this.RULE('segment', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.SUBRULE(this.separator) },
        // A timing, baseline or core is taken only when it is complete (cheap token checks, not
        // backtracking), so a half-written one such as `so với năm` falls through to words and
        // the AST step reports it with a suggestion.
        { GATE: () => this.scheduleAt(1), ALT: () => this.SUBRULE(this.schedule) },
        { GATE: () => this.baselineAt(1), ALT: () => this.SUBRULE(this.baseline) },
        { GATE: () => this.coreAt(1), ALT: () => this.SUBRULE(this.core) },
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

  /** `Quý I và cả năm 2023`, `Tháng 1 và tháng 6` */
  schedule = this.RULE('schedule', () => {
    this.SUBRULE(this.scheduleItem);
    this.MANY({
      // `và` joins two timings only when a timing follows; otherwise it is a plain word.
      GATE: () => SCHEDULE_START.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Va);
        this.SUBRULE2(this.scheduleItem);
      },
    });
  });

  scheduleItem = this.RULE('scheduleItem', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Quarter);
          this.OPTION({
            GATE: () => this.LA(2).tokenType === T.NumberLit,
            DEF: () => {
              this.CONSUME(T.Nam);
              this.CONSUME(T.NumberLit);
            },
          });
        },
      },
      { ALT: () => this.CONSUME(T.Month) },
      { ALT: () => this.CONSUME(T.Half) },
      { ALT: () => this.CONSUME(T.CaNam) },
      {
        // `hằng tháng`, and a list of periods after it: `hàng tháng, quý, năm`.
        ALT: () => {
          this.CONSUME(T.HangKy);
          this.MANY3({
            GATE: () => this.LA(1).tokenType === T.Comma && PERIOD_WORDS.has(this.LA(2).image),
            DEF: () => {
              this.CONSUME(T.Comma);
              this.SUBRULE2(this.periodWord);
            },
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.TruocNgay);
          this.CONSUME(T.DateLit);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.HoanThanhTrong);
          this.SUBRULE(this.scheduleItem);
        },
      },
      {
        // `Định kỳ hàng tháng, quý, năm`: the timing is the list after `định kỳ`.
        GATE: () => this.LA(2).tokenType === T.HangKy,
        ALT: () => {
          this.CONSUME2(T.DinhKy);
          this.SUBRULE3(this.scheduleItem);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.DinhKy);
          this.CONSUME(T.LParen);
          this.MANY2(() => this.SUBRULE(this.periodWord));
          this.OPTION2(() => this.CONSUME(T.RParen));
        },
      },
    ]);
  });

  /** Inside `Định kỳ (6 tháng, 1 năm)`. */
  periodWord = this.RULE('periodWord', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.CONSUME(T.Word) },
      { ALT: () => this.CONSUME(T.Nam) },
      { ALT: () => this.CONSUME(T.Comma) },
    ]);
  });

  /** `so với năm 2022`, `so với cùng kỳ`, `so cùng kỳ` */
  baseline = this.RULE('baseline', () => {
    this.OR([
      {
        // `so với năm` without a year is not a baseline: the AST step reports it as missing.
        GATE: () => this.baselineRefAt(2),
        ALT: () => {
          this.CONSUME(T.SoVoi);
          this.SUBRULE(this.baselineRef);
        },
      },
      { ALT: () => this.CONSUME(T.CungKy) },
    ]);
  });

  private is(k: number, type: TokenType): boolean {
    return tokenMatcher(this.LA(k), type);
  }

  /** A timing starts at `k` (`Quý I`, `trước ngày 15/03/2023`, `Định kỳ (`, ...). */
  private scheduleAt(k: number): boolean {
    const t = this.LA(k).tokenType;
    if (t === T.TruocNgay) return this.is(k + 1, T.DateLit);
    if (t === T.HoanThanhTrong) return this.scheduleAt(k + 1);
    if (t === T.DinhKy) return this.is(k + 1, T.LParen) || this.is(k + 1, T.HangKy);
    return SCHEDULE_START.has(t);
  }

  /** `so với` + a complete reference, or `(so) cùng kỳ`. */
  private baselineAt(k: number): boolean {
    return this.is(k, T.CungKy) || (this.is(k, T.SoVoi) && this.baselineRefAt(k + 1));
  }

  /** A figure (optionally after a comparator or `từ`) starts at `k`. */
  private figureAt(k: number): boolean {
    if (this.is(k, T.NumberLit)) return true;
    return (this.is(k, T.Comparator) || this.is(k, T.Tu)) && this.is(k + 1, T.NumberLit);
  }

  private coreAt(k: number): boolean {
    const t = this.LA(k).tokenType;
    if (t === T.KhongDe) return true;
    if (t === T.Giam || t === T.Tang) return this.figureAt(k + 1);
    if (this.figureAt(k)) return true;
    return COMPARISON.has(t) && (this.baselineRefAt(k + 1) || (this.is(k + 1, T.SoVoi) && this.baselineRefAt(k + 2)));
  }

  /** True when a complete baseline reference starts at lookahead position `k`. */
  private baselineRefAt(k: number): boolean {
    const t = this.LA(k).tokenType;
    return t === T.Nam ? this.LA(k + 1).tokenType === T.NumberLit : BASELINE_REF.has(t);
  }

  /** `năm 2022`, `năm trước`, `cùng kỳ`, `hiện nay`, `đầu kỳ` */
  baselineRef = this.RULE('baselineRef', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Nam);
          this.CONSUME(T.NumberLit);
        },
      },
      { ALT: () => this.CONSUME(T.NamTruoc) },
      { ALT: () => this.CONSUME(T.CungKy) },
      { ALT: () => this.CONSUME(T.HienNay) },
      { ALT: () => this.CONSUME(T.DauKy) },
    ]);
  });

  /** The quantitative core of a clause. */
  core = this.RULE('core', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(T.KhongDe) },
        { ALT: () => this.SUBRULE(this.change) },
        { ALT: () => this.SUBRULE(this.figure) },
        { ALT: () => this.SUBRULE(this.comparison) },
      ],
    });
  });

  /** `giảm 07%`, `kéo giảm ít nhất 5%`, `tăng từ 5-10%` */
  change = this.RULE('change', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Giam) }, { ALT: () => this.CONSUME(T.Tang) }]);
    this.SUBRULE(this.figure);
  });

  /** `trên 91%`, `từ 80% trở lên`, `ít nhất 01`, `5-10%`, `từ 5% đến 10%`, `550` */
  figure = this.RULE('figure', () => {
    this.OPTION(() =>
      this.OR([{ ALT: () => this.CONSUME(T.Comparator) }, { ALT: () => this.CONSUME(T.Tu) }]),
    );
    this.CONSUME(T.NumberLit);
    let percent = false;
    this.OPTION2(() => {
      this.CONSUME(T.Percent);
      percent = true;
    });
    this.OPTION3({
      // `5-10%`, `3% - 5%`, `từ 5% đến 10%`: a dash or `đến` makes a range only before a second
      // figure, and after `91%` only before another percentage (`91% - 550 hồ sơ` is two items).
      GATE: () => this.LA(2).tokenType === T.NumberLit && (!percent || this.LA(3).tokenType === T.Percent),
      DEF: () => {
        this.OR2([{ ALT: () => this.CONSUME(T.Dash) }, { ALT: () => this.CONSUME(T.Den) }]);
        this.CONSUME2(T.NumberLit);
        this.OPTION4(() => this.CONSUME2(T.Percent));
      },
    });
    this.OPTION5(() =>
      this.OR3([{ ALT: () => this.CONSUME(T.TroLen) }, { ALT: () => this.CONSUME(T.TroXuong) }]),
    );
  });

  /** `nhiều hơn năm 2022`, `thấp hơn so với cùng kỳ`, `> năm 2022` */
  comparison = this.RULE('comparison', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.MoreThan) },
      { ALT: () => this.CONSUME(T.LessThan) },
      { ALT: () => this.CONSUME(T.Gt) },
      { ALT: () => this.CONSUME(T.Lt) },
      { ALT: () => this.CONSUME(T.Gte) },
      { ALT: () => this.CONSUME(T.Lte) },
    ]);
    this.OPTION({ GATE: () => this.baselineRefAt(2), DEF: () => this.CONSUME(T.SoVoi) });
    this.SUBRULE(this.baselineRef);
  });

  /** Any other token: a free word of the subject. */
  word = this.RULE('word', () => {
    this.CONSUME(T.Any);
  });
}

/** The one parser instance (chevrotain parsers are reusable: set `input`, call a rule). */
export const targetParser = new TargetParser();

/**
 * Parse tokens into a CST, returning chevrotain's errors as they are (the API turns them into
 * diagnostics).
 */
export function parseTokens(tokens: IToken[]): {
  cst: CstNode;
  errors: typeof targetParser.errors;
} {
  targetParser.input = tokens;
  const cst = targetParser.statement();
  return { cst, errors: targetParser.errors };
}
