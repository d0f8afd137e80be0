// Run inside a CommonJS scratch project that installed the packed tarball
// (scripts/pack-smoke.sh): chitieu is ESM only, and Node 20.19+ loads it with require()
// (require(esm)) through the `default` conditions of its exports map. Plain CommonJS so any
// Node runs it without a build step.
'use strict';
const assert = require('node:assert/strict');
const chitieu = require('chitieu');

const target = chitieu.parseTarget('Giảm 07% so với năm 2022');
assert.equal(chitieu.formatTarget(target), 'giảm ≥ 7% so với năm 2022');
assert.equal(chitieu.ParseError.name, 'ParseError');
assert.throws(() => chitieu.parseTarget('Đạt từ 80% trở'), chitieu.ParseError);

// The other entries resolve for require too. chitieu/vitest is only resolved, not loaded:
// vitest, its optional peer, is not installed here.
assert.match(require.resolve('chitieu/vitest'), /[\\/]node_modules[\\/]chitieu[\\/]dist[\\/]vitest[\\/]index\.js$/);
assert.equal(require('chitieu/grammar/chitieu.tmLanguage.json').scopeName, 'source.chitieu');
assert.equal(require('chitieu/schema.json').$id, 'https://unpkg.com/chitieu/schema.json');
assert.equal(require('chitieu/package.json').name, 'chitieu');

process.stdout.write(`require ok on node ${process.version}\n`);
