// Run inside a scratch project that installed the packed tarball (scripts/pack-smoke.sh):
// imports chitieu the way a user does and checks one statement's meaning, not just that
// something came back. Plain ESM JavaScript so any Node runs it without a build step.
import assert from 'node:assert/strict';
import { formatTarget, parseTarget, ParseError } from 'chitieu';

const target = parseTarget('Giảm 07% so với năm 2022');
assert.equal(target.kind, 'target');
assert.equal(target.clauses.length, 1);
const [clause] = target.clauses;
assert.equal(clause.kind, 'change');
assert.equal(clause.direction, 'decrease');
assert.equal(clause.bound.op, 'gte');
assert.equal(clause.bound.value, '7');
assert.equal(clause.bound.stretch, undefined);
assert.deepEqual(clause.baseline, { kind: 'year', year: 2022 });
assert.equal(formatTarget(target), 'giảm ≥ 7% so với năm 2022');

// The error class is exported and usable with instanceof.
assert.equal(typeof ParseError, 'function');

process.stdout.write(`api ok on node ${process.version}\n`);
