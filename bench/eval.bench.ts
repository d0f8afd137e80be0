/**
 * Evaluation throughput (`npm run bench`, or `npx tsx bench/eval.bench.ts`): exact verdicts per
 * second on `giảm 07% so với năm 2022` and `đạt từ 80% trở lên`, every engine given the same
 * pre-indexed integer facts `{ cur, base, num, den }` in one process: chitieu's compiled
 * closures, plain integer JavaScript (the floor: one multiply-compare, no status), json-logic-js
 * and json-rules-engine (both with the float formulas such rules are written with). Then the
 * full `evaluateTarget` path from observation rows, reported separately.
 * Goals (issue 3): ≥ 30 million verdicts/s, ≥ 25× json-logic-js, within 5× of plain JavaScript.
 */
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import { parseTarget } from '../src/api/index.js';
import { parseObservations } from '../src/data/parse-observations.js';
import type { ObservationSet } from '../src/data/types.js';
import { compileTarget } from '../src/evaluate/compile.js';
import { fmt, goal, median, timeRuns } from './lib/timing.js';
import { rng } from './lib/rng.js';

interface Fact {
  readonly cur: number;
  readonly base: number;
  readonly num: number;
  readonly den: number;
}


/** Facts around both bounds; a quarter sit exactly on them, where float formulas slip. */
function facts(n: number): Fact[] {
  const r = rng(2023);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  return Array.from({ length: n }, () => {
    const base = int(1, 50) * 100;
    const den = int(1, 50) * 10;
    const exact = r() < 0.25;
    const cur = exact ? (base / 100) * 93 : int(Math.floor(base * 0.85), base);
    const num = exact ? (den / 10) * 8 : int(Math.floor(den * 0.6), den);
    return { cur, base, num, den };
  });
}

const FACTS = facts(100_000);
const VERDICTS_PER_PASS = FACTS.length * 2;
let sink = 0; // keeps results alive so the JIT cannot drop the calls

// ── chitieu: compiled once, exact ──────────────────────────────────────────
const change = compileTarget(parseTarget('Giảm 07% so với năm 2022'));
const rate = compileTarget(parseTarget('Đạt tỷ lệ từ 80% trở lên'));
const decideChange = change.clauses[0]!.decide!;
const decideRate = rate.clauses[0]!.decide!;

function chitieuPass(): void {
  let met = 0;
  for (let i = 0; i < FACTS.length; i++) {
    const f = FACTS[i]!;
    if (decideChange(f.cur, f.base) !== 'not_met') met++;
    if (decideRate(f.num, f.den) !== 'not_met') met++;
  }
  sink += met;
}

// ── plain integer JavaScript: exact here (small integers), no status, no checks ──
function plainPass(): void {
  let met = 0;
  for (let i = 0; i < FACTS.length; i++) {
    const f = FACTS[i]!;
    if ((f.base - f.cur) * 100 >= 7 * f.base) met++;
    if (f.num * 100 >= 80 * f.den) met++;
  }
  sink += met;
}

// ── json-logic-js: the float formulas as rules ─────────────────────────────
const logicChange: RulesLogic = { '>=': [{ '-': [1, { '/': [{ var: 'cur' }, { var: 'base' }] }] }, 0.07] };
const logicRate: RulesLogic = { '>=': [{ '/': [{ var: 'num' }, { var: 'den' }] }, 0.8] };

function logicPass(): void {
  let met = 0;
  for (let i = 0; i < FACTS.length; i++) {
    const f = FACTS[i]!;
    if (jsonLogic.apply(logicChange, f)) met++;
    if (jsonLogic.apply(logicRate, f)) met++;
  }
  sink += met;
}

// ── json-rules-engine: computed facts + inclusive comparisons (async by design) ──
function rulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addFact('cut', async (_p, almanac) => 1 - (await almanac.factValue<number>('cur')) / (await almanac.factValue<number>('base')));
  engine.addFact('share', async (_p, almanac) => (await almanac.factValue<number>('num')) / (await almanac.factValue<number>('den')));
  engine.addRule({ name: 'change', conditions: { all: [{ fact: 'cut', operator: 'greaterThanInclusive', value: 0.07 }] }, event: { type: 'change' } });
  engine.addRule({ name: 'rate', conditions: { all: [{ fact: 'share', operator: 'greaterThanInclusive', value: 0.8 }] }, event: { type: 'rate' } });
  return engine;
}
const engine = rulesEngine();
const RULES_FACTS = FACTS.slice(0, 5_000);

async function rulesPass(): Promise<void> {
  let met = 0;
  for (const f of RULES_FACTS) met += (await engine.run({ ...f })).events.length;
  sink += met;
}

/** Verdicts per second: median of passes (each pass long enough to time on its own). */
function perSecond(pass: () => void, verdicts: number): number {
  pass(); // warm-up
  return (verdicts * 1000) / median(timeRuns(pass, { minRuns: 7, minMs: 1500 }));
}

async function perSecondAsync(pass: () => Promise<void>, verdicts: number): Promise<number> {
  await pass();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 3 || performance.now() - start < 1500) {
    const t0 = performance.now();
    await pass();
    times.push(performance.now() - t0);
  }
  return (verdicts * 1000) / median(times);
}

// ── agreement: exact verdicts vs the float formulas, on the same facts ─────
let floatWrong = 0;
for (const f of FACTS) {
  const exactChange = decideChange(f.cur, f.base) !== 'not_met';
  const exactRate = decideRate(f.num, f.den) !== 'not_met';
  if (exactChange !== (f.base - f.cur) * 100 >= 7 * f.base || exactRate !== f.num * 100 >= 80 * f.den) {
    throw new Error(`chitieu and integer arithmetic disagree on ${JSON.stringify(f)}`);
  }
  if (Boolean(jsonLogic.apply(logicChange, f)) !== exactChange) floatWrong++;
  if (Boolean(jsonLogic.apply(logicRate, f)) !== exactRate) floatWrong++;
}
console.log(`facts: ${fmt(FACTS.length)} × 2 targets = ${fmt(VERDICTS_PER_PASS)} verdicts per pass (json-rules-engine: ${fmt(RULES_FACTS.length)} facts)`);
console.log(`json-logic-js float formulas disagree with the exact verdict on ${fmt(floatWrong)} of ${fmt(VERDICTS_PER_PASS)}`);

const chitieu = perSecond(chitieuPass, VERDICTS_PER_PASS);
const plain = perSecond(plainPass, VERDICTS_PER_PASS);
const logic = perSecond(logicPass, VERDICTS_PER_PASS);
const rules = await perSecondAsync(rulesPass, RULES_FACTS.length * 2);

console.log(`chitieu compiled decide():  ${fmt(chitieu).padStart(14)} verdicts/s (exact)`);
console.log(`plain integer JavaScript:   ${fmt(plain).padStart(14)} verdicts/s (exact here, bare booleans)`);
console.log(`json-logic-js:              ${fmt(logic).padStart(14)} verdicts/s (float)`);
console.log(`json-rules-engine:          ${fmt(rules).padStart(14)} verdicts/s (float, async)`);
console.log(`ratio chitieu / json-logic-js:      ${fmt(chitieu / logic, 1)}×`);
console.log(`ratio chitieu / json-rules-engine:  ${fmt(chitieu / rules, 0)}×`);
console.log(`ratio plain JavaScript / chitieu:   ${fmt(plain / chitieu, 2)}× (chitieu is this many times slower)`);
console.log(goal('exact verdicts', chitieu, '≥ 30,000,000/s', chitieu >= 30_000_000));
console.log(goal('vs json-logic-js', `${fmt(chitieu / logic, 1)}×`, '≥ 25×', chitieu / logic >= 25));
console.log(goal('vs plain JavaScript', `${fmt(plain / chitieu, 2)}× slower`, 'within 5×', plain / chitieu <= 5));

// ── the full path: observation rows → Verdict (explanation included) ──────
const SETS = FACTS.slice(0, 2_000).map((f) => ({
  observations: [
    { metric: '2.3', period: '2022', value: f.base },
    { metric: '2.3', period: '2023', value: f.cur },
    { metric: '2.6', period: '2023', numerator: f.num, denominator: f.den },
  ],
}));
const PARSED: ObservationSet[] = SETS.map((s) => parseObservations(s));
const fullPass = () => {
  for (const set of PARSED) {
    sink += change.evaluate(set, { metric: '2.3' }).clauses.length;
    sink += rate.evaluate(set, { metric: '2.6' }).clauses.length;
  }
};
const fromRows = () => {
  for (const rows of SETS) {
    const set = parseObservations(rows);
    sink += change.evaluate(set, { metric: '2.3' }).clauses.length;
    sink += rate.evaluate(set, { metric: '2.6' }).clauses.length;
  }
};
const full = perSecond(fullPass, PARSED.length * 2);
const withParse = perSecond(fromRows, SETS.length * 2);
console.log(`\nfull evaluate() on validated rows:         ${fmt(full).padStart(10)} verdicts/s (figures, gap, flip, explanation)`);
console.log(`parseObservations + evaluate() from JSON:  ${fmt(withParse).padStart(10)} verdicts/s`);
if (sink === -1) console.log(''); // never true: reads the sink
