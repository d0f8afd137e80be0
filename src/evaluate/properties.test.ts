import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTarget, parseTarget } from '../api/index.js';
import { parseDecimalVi } from '../text/numbers.js';
import { evaluateTarget } from './evaluate.js';
import { rows } from './rows.fixture.js';

/** A figure as Vietnamese text writes it (`7,5`) and as a fraction F/G. */
const arbFigure = fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom(0, 1, 2)).map(([n, s]) => {
  const text = s === 0 ? String(n) : `${Math.floor(n / 10 ** s)},${String(n % 10 ** s).padStart(s, '0')}`;
  return text;
});

const RATE_WORDS = {
  gte: (x: string) => `Đạt tỷ lệ từ ${x}% trở lên`,
  gt: (x: string) => `Đạt trên ${x}%`,
  lte: (x: string) => `tỷ lệ không quá ${x}%`,
  lt: (x: string) => `tỷ lệ dưới ${x}%`,
  approx: (x: string) => `khoảng ${x}%`,
  bare: (x: string) => `${x}% địa bàn`,
} as const;

/** The status the canonical text says, computed straight from its symbols: value P/Q against figure(s). */
function oracle(printed: string, P: bigint, Q: bigint): string {
  const frac = (t: string): [bigint, bigint] => {
    const d = parseDecimalVi(t)!;
    const [i = '0', f = ''] = d.split('.');
    return [BigInt(i + f), 10n ** BigInt(f.length)];
  };
  const cmp = ([F, G]: [bigint, bigint], k = 1n, m = 1n) => {
    // sign(P/Q − (k/m)·F/G)
    const x = P * G * m;
    const y = k * F * Q;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const range = /từ ([\d.,]+)% đến ([\d.,]+)%/.exec(printed);
  if (range) {
    const lo = cmp(frac(range[1]!));
    return lo < 0 ? 'not_met' : cmp(frac(range[2]!)) > 0 ? 'exceeded' : 'met';
  }
  const m = /(≥|>|≤|<|=|≈) ([\d.,]+)%/.exec(printed)!;
  const f = frac(m[2]!);
  const s = cmp(f);
  switch (m[1]) {
    case '≥':
      return s < 0 ? 'not_met' : s > 0 ? 'exceeded' : 'met';
    case '>':
      return s > 0 ? 'met' : 'not_met';
    case '≤':
      return s > 0 ? 'not_met' : s < 0 ? 'exceeded' : 'met';
    case '<':
      return s < 0 ? 'met' : 'not_met';
    case '=':
      return s === 0 ? 'met' : 'not_met';
    default:
      return cmp(f, 95n, 100n) < 0 ? 'not_met' : cmp(f, 105n, 100n) > 0 ? 'exceeded' : 'met';
  }
}

describe('properties', () => {
  it('for a floor target, more solved cases never turn met into not met', () => {
    fc.assert(
      fc.property(fc.constantFrom('gte', 'gt', 'approx', 'bare' as const), arbFigure, fc.integer({ min: 1, max: 400 }), fc.nat(), fc.nat(), (op, x, d, n0, k0) => {
        const target = parseTarget(RATE_WORDS[op](x));
        const n = n0 % (d + 1);
        const k = k0 % (d - n + 1);
        const at = (num: number) => evaluateTarget(target, rows({ period: '2023', numerator: num, denominator: d })).status;
        if (at(n) !== 'not_met') expect(at(n + k)).not.toBe('not_met');
      }),
      { numRuns: 300 },
    );
  });

  it('the same holds for a count floor and for a cut: a smaller current value never loses a met cut', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 2000 }), fc.nat({ max: 2000 }), fc.nat({ max: 2000 }), (p, base, cur, less) => {
        const target = parseTarget(`Giảm ${p}% so với năm 2022`);
        const at = (c: number) => evaluateTarget(target, rows({ period: '2022', value: base }, { period: '2023', value: c })).status;
        if (at(cur) !== 'not_met') expect(at(Math.max(0, cur - less))).not.toBe('not_met');
      }),
      { numRuns: 300 },
    );
  });

  it('rate verdicts agree with the canonical meaning formatTarget prints', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(RATE_WORDS) as (keyof typeof RATE_WORDS)[])),
        arbFigure,
        fc.integer({ min: 1, max: 500 }),
        fc.nat(),
        fc.option(fc.tuple(fc.constantFrom(1, 0.95, 1.05), fc.integer({ min: -2, max: 2 })), { nil: undefined }),
        (op, x, d, n0, near) => {
          const target = parseTarget(RATE_WORDS[op](x));
          const printed = formatTarget(target);
          // Half the runs land next to a boundary (the figure, or an edge of the ±5% band).
          const aim = near && Math.round((Number(x.replace(',', '.')) * d * near[0]) / 100) + near[1];
          const n = aim === undefined ? n0 % (d + 1) : Math.min(d, Math.max(0, aim));
          const data = rows({ period: '2023', numerator: n, denominator: d });
          const status = evaluateTarget(target, data).status;
          expect(status).toBe(oracle(printed, BigInt(n) * 100n, BigInt(d)));
          // The canonical text means the same: parsing it back gives the same verdict.
          expect(evaluateTarget(parseTarget(printed), data).status).toBe(status);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('change verdicts agree with the canonical meaning formatTarget prints, ranges included', () => {
    const arbText = fc.oneof(
      arbFigure.map((x) => `Giảm ${x}% so với năm 2022`),
      arbFigure.map((x) => `kéo giảm ít nhất ${x}% số vụ so với năm 2022`),
      fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })).map(([a, w]) => `giảm từ ${a}-${a + w}% so với năm 2022`),
    );
    fc.assert(
      fc.property(arbText, fc.integer({ min: 1, max: 3000 }), fc.nat({ max: 3000 }), (text, base, cur) => {
        const target = parseTarget(text);
        const printed = formatTarget(target);
        const status = evaluateTarget(target, rows({ period: '2022', value: base }, { period: '2023', value: cur })).status;
        // A decrease in percent: 100·(base − cur)/base.
        expect(status).toBe(oracle(printed, 100n * BigInt(base - cur), BigInt(base)));
      }),
      { numRuns: 500 },
    );
  });
});
