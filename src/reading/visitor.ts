/**
 * The typed CST visitor: one method per grammar rule (src/parser/parser.ts), each mapping its
 * rule's node to one plain reading (./items.ts), with the CST types chevrotain generates
 * from the grammar (src/parser/cst.ts). `validateVisitor` checks at construction that no rule
 * lacks its method, so a rule added to the grammar fails here until it is read.
 *
 * The visitor is syntax only: it says which words a segment holds and in what roles
 * (comparator, figure, closer, verb, year). What a clause means is decided by the reading
 * modules over these elements, where the free words of the subject around them are visible.
 */
import type { IToken } from 'chevrotain';
import type { Baseline } from '../ast/types.js';
import { grammarParser } from '../parser/index.js';
import type {
  AverageCstChildren,
  BaselineCstChildren,
  BaselineRefCstChildren,
  BeforeDateCstChildren,
  ChangeCstChildren,
  CompleteWithinCstChildren,
  ComparisonCstChildren,
  EveryPeriodCstChildren,
  FigureCstChildren,
  MeasureCstChildren,
  PeriodicCstChildren,
  PeriodListCstChildren,
  PeriodWordCstChildren,
  QuarterCstChildren,
  SegmentCstChildren,
  SeparatorCstChildren,
  StatementCstChildren,
  TargetCstVisitor,
  TimingCstChildren,
  TimingItemCstChildren,
  WordCstChildren,
  YearSpanCstChildren,
} from '../parser/cst.js';
import type { YearSpan } from '../ast/types.js';
import type { AverageRead, FigureRead, Item, MeasureRead, PeriodListRead, Segments, TimingRead } from './items.js';

/**
 * The one element of a list the grammar guarantees (an alternative's child, a required token).
 * A missing one is a bug in the grammar or here, never bad input: it throws rather than
 * reading on with `undefined`.
 */
function one<T>(list: readonly T[] | undefined): T {
  const first = list?.[0];
  if (first === undefined) throw new Error('chitieu: a CST node lacks a child its rule requires');
  return first;
}

/** The first of several alternatives' lists that is present, and its one element. */
function oneOf<T>(...lists: (readonly T[] | undefined)[]): T {
  for (const list of lists) if (list?.[0] !== undefined) return list[0];
  return one<T>(undefined);
}

const NO_TOKENS: readonly IToken[] = [];

/** Every token of `periodWord` nodes, in order (each holds exactly one). */
function periodWords(words: PeriodWordCstChildren[]): IToken[] {
  return words.map((w) => oneOf(w.NumberLit, w.Word, w.Nam, w.Comma));
}

function createReader() {
  const Base = grammarParser().getBaseCstVisitorConstructor<Segments, unknown>();

  class StatementReader extends Base implements TargetCstVisitor<Segments, unknown> {
    constructor() {
      super();
      this.validateVisitor();
    }

    /** The statement's segments as items, each with its slice of the token stream. */
    statement(c: StatementCstChildren, param?: Segments): Item[] {
      const tokens = param?.tokens ?? NO_TOKENS;
      const items: Item[] = [];
      let at = 0;
      for (const [s, segment] of (c.segment ?? []).entries()) {
        const end = param?.segmentEnds[s] ?? at;
        items.push(this.segment(segment.children, { tokens: tokens.slice(at, end), segmentEnds: NO_ENDS }));
        at = end;
      }
      return items;
    }

    /** One segment, given its own tokens. */
    segment(c: SegmentCstChildren, param?: Segments): Item {
      const tokens = param?.tokens ?? NO_TOKENS;
      if (c.word) return { kind: 'word', token: this.word(one(c.word).children) };
      if (c.separator) return { kind: 'separator', token: this.separator(one(c.separator).children) };
      if (c.measure) return { kind: 'measure', measure: this.measure(one(c.measure).children), tokens };
      if (c.baseline) return { kind: 'baseline', baseline: this.baseline(one(c.baseline).children), tokens };
      if (c.yearSpan) return { kind: 'span', span: this.yearSpan(one(c.yearSpan).children), tokens };
      return { kind: 'timing', timing: this.timing(one(c.timing).children), tokens };
    }

    separator(c: SeparatorCstChildren): IToken {
      return oneOf(c.Semicolon, c.Bullet, c.TrongDo, c.Rieng);
    }

    timing(c: TimingCstChildren): TimingRead[] {
      return c.timingItem.map((item) => this.timingItem(item.children));
    }

    timingItem(c: TimingItemCstChildren): TimingRead {
      if (c.quarter) return this.quarter(one(c.quarter).children);
      if (c.Month) return { kind: 'month', token: one(c.Month) };
      if (c.Half) return { kind: 'half', token: one(c.Half) };
      if (c.CaNam) return { kind: 'whole_year', token: one(c.CaNam) };
      if (c.everyPeriod) return this.everyPeriod(one(c.everyPeriod).children);
      if (c.beforeDate) return this.beforeDate(one(c.beforeDate).children);
      if (c.completeWithin) return this.completeWithin(one(c.completeWithin).children);
      return this.periodic(one(c.periodic).children);
    }

    quarter(c: QuarterCstChildren): TimingRead {
      const year = c.year?.[0];
      return year ? { kind: 'quarter', token: one(c.Quarter), year } : { kind: 'quarter', token: one(c.Quarter) };
    }

    everyPeriod(c: EveryPeriodCstChildren): TimingRead {
      return { kind: 'every', token: one(c.HangKy), more: periodWords((c.more ?? []).map((w) => w.children)) };
    }

    beforeDate(c: BeforeDateCstChildren): TimingRead {
      return { kind: 'before', token: one(c.TruocNgay), date: one(c.date) };
    }

    completeWithin(c: CompleteWithinCstChildren): TimingRead {
      return { kind: 'complete_within', token: one(c.HoanThanhTrong), inner: this.timingItem(one(c.timingItem).children) };
    }

    periodic(c: PeriodicCstChildren): TimingRead {
      const token = one(c.DinhKy);
      if (c.everyPeriod) return { kind: 'periodic', token, inner: this.everyPeriod(one(c.everyPeriod).children) };
      return { kind: 'period_list', token, list: this.periodList(one(c.periodList).children) };
    }

    periodList(c: PeriodListCstChildren): PeriodListRead {
      const words = periodWords((c.periodWord ?? []).map((w) => w.children));
      const close = c.RParen?.[0];
      return close ? { open: one(c.LParen), words, close } : { open: one(c.LParen), words };
    }

    periodWord(c: PeriodWordCstChildren): IToken {
      return oneOf(c.NumberLit, c.Word, c.Nam, c.Comma);
    }

    baseline(c: BaselineCstChildren): Baseline {
      return c.baselineRef ? this.baselineRef(one(c.baselineRef).children) : { kind: 'same_period_last_year' };
    }

    /** A baseline reference is an AST node as it stands (`năm 2022` → `{ kind: 'year', year: 2022 }`). */
    baselineRef(c: BaselineRefCstChildren): Baseline {
      if (c.year) return { kind: 'year', year: Number(one(c.year).image) };
      if (c.NamTruoc) return { kind: 'previous_year' };
      if (c.CungKy) return { kind: 'same_period_last_year' };
      if (c.HienNay) return { kind: 'current' };
      one(c.DauKy);
      return { kind: 'period_start' };
    }

    /** `giai đoạn 2021-2025` → `{ from: 2021, to: 2025 }` (the years are four digits: see the gate). */
    yearSpan(c: YearSpanCstChildren): YearSpan {
      return { from: Number(one(c.from).image), to: Number(one(c.to).image) };
    }

    measure(c: MeasureCstChildren): MeasureRead {
      if (c.zero) return { kind: 'zero', token: one(c.zero) };
      if (c.change) return this.change(one(c.change).children);
      if (c.average) {
        const average = this.average(one(c.average).children);
        return { kind: 'figure', figure: average.figure, average };
      }
      if (c.figure) return { kind: 'figure', figure: this.figure(one(c.figure).children) };
      return this.comparison(one(c.comparison).children);
    }

    change(c: ChangeCstChildren): MeasureRead {
      const verb = one(c.verb);
      if (!c.average) return { kind: 'change', verb, figure: this.figure(one(c.figure).children) };
      const average = this.average(one(c.average).children);
      return { kind: 'change', verb, figure: average.figure, average };
    }

    average(c: AverageCstChildren): AverageRead {
      const read = { token: one(c.BinhQuan), figure: this.figure(one(c.figure).children) };
      return c.yearly ? { ...read, yearly: one(c.yearly) } : read;
    }

    figure(c: FigureCstChildren): FigureRead {
      // Only the parts written: most figures are a bare number and a `%` (no undefined fields,
      // so the reading is the same object shape however it was written).
      const figure: { -readonly [K in keyof FigureRead]: FigureRead[K] } = { value: one(c.value) };
      if (c.comparator) figure.comparator = one(c.comparator);
      if (c.percent) figure.percent = one(c.percent);
      if (c.upper) figure.upper = one(c.upper);
      if (c.upperPercent) figure.upperPercent = one(c.upperPercent);
      if (c.closer) figure.closer = one(c.closer);
      return figure;
    }

    comparison(c: ComparisonCstChildren): MeasureRead {
      return { kind: 'comparison', op: one(c.op), baseline: this.baselineRef(one(c.baselineRef).children) };
    }

    word(c: WordCstChildren): IToken {
      return one(c.Any);
    }
  }
  return new StatementReader();
}

const NO_ENDS: readonly number[] = [];

let reader: ReturnType<typeof createReader> | undefined;

/**
 * The statement's items, read from its CST by the visitor (built on first use, like the parser).
 *
 * @example
 * const parsed = parseStatement(tokens);
 * readItems(parsed.cst.children, { tokens, segmentEnds: parsed.segmentEnds })
 */
export function readItems(statement: StatementCstChildren, segments: Segments): Item[] {
  reader ??= createReader();
  return reader.statement(statement, segments);
}
