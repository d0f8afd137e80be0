import type { IToken } from 'chevrotain';
import type { BuildContext } from '../reading/index.js';
import type { ParseFailure } from '../parser/index.js';

/**
 * What the author can write where the grammar expected a token type: a canonical example per
 * type (token names are the grammar's, not the author's words).
 */
const SPELLING: Readonly<Record<string, string>> = {
  DateLit: '15/03/2023',
  LParen: '(',
  RParen: ')',
  Quarter: 'quý I',
  Month: 'tháng 6',
  Half: '6 tháng đầu năm',
  CaNam: 'cả năm',
  HangKy: 'hằng quý',
  TruocNgay: 'trước ngày 15/03/2023',
  HoanThanhTrong: 'hoàn thành trong quý II',
  DinhKy: 'định kỳ (6 tháng)',
  NumberLit: '6',
  Word: 'tháng',
  Nam: 'năm',
  Comma: ',',
  SoVoi: 'so với',
  CungKy: 'cùng kỳ',
  NamTruoc: 'năm trước',
  HienNay: 'hiện nay',
  DauKy: 'đầu kỳ',
};

/** The author's spellings of what was expected, without repeats, in the grammar's order. */
function spell(expected: readonly string[]): string[] {
  return [...new Set(expected.map((name) => SPELLING[name] ?? name))];
}

/**
 * Report where the parser stopped. At the end of the input the error sits just after the last
 * token read and names it (`trước ngày` with no date, or only a closing `./.` after it:
 * `unexpected_end`); elsewhere it is the token that could not be read (`unexpected_token`).
 */
export function reportParseFailure(ctx: BuildContext, failure: ParseFailure, tokens: readonly IToken[], end: number): void {
  const expected = spell(failure.expected);
  // A closing `./.` is not content: stopping at it is stopping at the end.
  const closing = failure.token === tokens.at(-1) && failure.token.tokenType.name === 'Dot';
  if (!Number.isNaN(failure.token.startOffset) && !closing) {
    ctx.error('unexpected_token', failure.token, failure.token, expected);
    return;
  }
  // Just after the last token read (none: the parser stopped before the first one).
  const last = failure.previousToken !== undefined && !Number.isNaN(failure.previousToken.startOffset) ? failure.previousToken : undefined;
  const at = last ? ctx.end(last) : end;
  ctx.report('error', 'unexpected_end', ctx.lines.span(at, at), last ? ctx.original(last) : '', expected);
}
