/**
 * The types of the statement CST and of a visitor over it, generated from the grammar
 * (src/parser/parser.ts) by chevrotain's `generateCstDts`: run `npm run grammar` after changing
 * a rule; test/grammar/drift.test.ts fails until this file matches.
 */
/* eslint-disable */
import type { CstNode, ICstVisitor, IToken } from 'chevrotain';

export interface StatementCstNode extends CstNode {
  name: 'statement';
  children: StatementCstChildren;
}

export type StatementCstChildren = {
  segment?: SegmentCstNode[];
};

export interface SegmentCstNode extends CstNode {
  name: 'segment';
  children: SegmentCstChildren;
}

export type SegmentCstChildren = {
  separator?: SeparatorCstNode[];
  timing?: TimingCstNode[];
  baseline?: BaselineCstNode[];
  yearSpan?: YearSpanCstNode[];
  measure?: MeasureCstNode[];
  word?: WordCstNode[];
};

export interface SeparatorCstNode extends CstNode {
  name: 'separator';
  children: SeparatorCstChildren;
}

export type SeparatorCstChildren = {
  Semicolon?: IToken[];
  Bullet?: IToken[];
  TrongDo?: IToken[];
  Rieng?: IToken[];
};

export interface TimingCstNode extends CstNode {
  name: 'timing';
  children: TimingCstChildren;
}

export type TimingCstChildren = {
  timingItem: (TimingItemCstNode)[];
  Va?: IToken[];
};

export interface TimingItemCstNode extends CstNode {
  name: 'timingItem';
  children: TimingItemCstChildren;
}

export type TimingItemCstChildren = {
  quarter?: QuarterCstNode[];
  Month?: IToken[];
  Half?: IToken[];
  CaNam?: IToken[];
  everyPeriod?: EveryPeriodCstNode[];
  beforeDate?: BeforeDateCstNode[];
  completeWithin?: CompleteWithinCstNode[];
  periodic?: PeriodicCstNode[];
};

export interface QuarterCstNode extends CstNode {
  name: 'quarter';
  children: QuarterCstChildren;
}

export type QuarterCstChildren = {
  Quarter: IToken[];
  Nam?: IToken[];
  year?: IToken[];
};

export interface EveryPeriodCstNode extends CstNode {
  name: 'everyPeriod';
  children: EveryPeriodCstChildren;
}

export type EveryPeriodCstChildren = {
  HangKy: IToken[];
  Comma?: IToken[];
  more?: PeriodWordCstNode[];
};

export interface BeforeDateCstNode extends CstNode {
  name: 'beforeDate';
  children: BeforeDateCstChildren;
}

export type BeforeDateCstChildren = {
  TruocNgay: IToken[];
  date: IToken[];
};

export interface CompleteWithinCstNode extends CstNode {
  name: 'completeWithin';
  children: CompleteWithinCstChildren;
}

export type CompleteWithinCstChildren = {
  HoanThanhTrong: IToken[];
  timingItem: TimingItemCstNode[];
};

export interface PeriodicCstNode extends CstNode {
  name: 'periodic';
  children: PeriodicCstChildren;
}

export type PeriodicCstChildren = {
  DinhKy: IToken[];
  everyPeriod?: EveryPeriodCstNode[];
  periodList?: PeriodListCstNode[];
};

export interface PeriodListCstNode extends CstNode {
  name: 'periodList';
  children: PeriodListCstChildren;
}

export type PeriodListCstChildren = {
  LParen: IToken[];
  periodWord?: PeriodWordCstNode[];
  RParen?: IToken[];
};

export interface PeriodWordCstNode extends CstNode {
  name: 'periodWord';
  children: PeriodWordCstChildren;
}

export type PeriodWordCstChildren = {
  NumberLit?: IToken[];
  Word?: IToken[];
  Nam?: IToken[];
  Comma?: IToken[];
};

export interface BaselineCstNode extends CstNode {
  name: 'baseline';
  children: BaselineCstChildren;
}

export type BaselineCstChildren = {
  SoVoi?: IToken[];
  baselineRef?: BaselineRefCstNode[];
  CungKy?: IToken[];
};

export interface BaselineRefCstNode extends CstNode {
  name: 'baselineRef';
  children: BaselineRefCstChildren;
}

export type BaselineRefCstChildren = {
  Nam?: IToken[];
  year?: IToken[];
  NamTruoc?: IToken[];
  CungKy?: IToken[];
  HienNay?: IToken[];
  DauKy?: IToken[];
};

export interface YearSpanCstNode extends CstNode {
  name: 'yearSpan';
  children: YearSpanCstChildren;
}

export type YearSpanCstChildren = {
  GiaiDoan: IToken[];
  Tu?: IToken[];
  from: IToken[];
  Dash: IToken[];
  to: IToken[];
};

export interface MeasureCstNode extends CstNode {
  name: 'measure';
  children: MeasureCstChildren;
}

export type MeasureCstChildren = {
  zero?: IToken[];
  change?: ChangeCstNode[];
  average?: AverageCstNode[];
  figure?: FigureCstNode[];
  comparison?: ComparisonCstNode[];
};

export interface ChangeCstNode extends CstNode {
  name: 'change';
  children: ChangeCstChildren;
}

export type ChangeCstChildren = {
  verb?: (IToken)[];
  yearly?: (IToken)[];
  average?: AverageCstNode[];
  figure?: FigureCstNode[];
};

export interface AverageCstNode extends CstNode {
  name: 'average';
  children: AverageCstChildren;
}

export type AverageCstChildren = {
  BinhQuan: IToken[];
  yearly?: IToken[];
  Dat?: IToken[];
  figure: FigureCstNode[];
};

export interface FigureCstNode extends CstNode {
  name: 'figure';
  children: FigureCstChildren;
}

export type FigureCstChildren = {
  comparator?: (IToken)[];
  levelNoun?: IToken[];
  value: IToken[];
  percent?: IToken[];
  to?: (IToken)[];
  upper?: IToken[];
  upperPercent?: IToken[];
  closer?: (IToken)[];
};

export interface ComparisonCstNode extends CstNode {
  name: 'comparison';
  children: ComparisonCstChildren;
}

export type ComparisonCstChildren = {
  op?: (IToken)[];
  SoVoi?: IToken[];
  baselineRef: BaselineRefCstNode[];
};

export interface WordCstNode extends CstNode {
  name: 'word';
  children: WordCstChildren;
}

export type WordCstChildren = {
  Any: IToken[];
};

export interface TargetCstVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  statement(children: StatementCstChildren, param?: IN): OUT;
  segment(children: SegmentCstChildren, param?: IN): OUT;
  separator(children: SeparatorCstChildren, param?: IN): OUT;
  timing(children: TimingCstChildren, param?: IN): OUT;
  timingItem(children: TimingItemCstChildren, param?: IN): OUT;
  quarter(children: QuarterCstChildren, param?: IN): OUT;
  everyPeriod(children: EveryPeriodCstChildren, param?: IN): OUT;
  beforeDate(children: BeforeDateCstChildren, param?: IN): OUT;
  completeWithin(children: CompleteWithinCstChildren, param?: IN): OUT;
  periodic(children: PeriodicCstChildren, param?: IN): OUT;
  periodList(children: PeriodListCstChildren, param?: IN): OUT;
  periodWord(children: PeriodWordCstChildren, param?: IN): OUT;
  baseline(children: BaselineCstChildren, param?: IN): OUT;
  baselineRef(children: BaselineRefCstChildren, param?: IN): OUT;
  yearSpan(children: YearSpanCstChildren, param?: IN): OUT;
  measure(children: MeasureCstChildren, param?: IN): OUT;
  change(children: ChangeCstChildren, param?: IN): OUT;
  average(children: AverageCstChildren, param?: IN): OUT;
  figure(children: FigureCstChildren, param?: IN): OUT;
  comparison(children: ComparisonCstChildren, param?: IN): OUT;
  word(children: WordCstChildren, param?: IN): OUT;
}
