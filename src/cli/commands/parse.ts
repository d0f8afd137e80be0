import { readFile } from 'node:fs/promises';
import { extractTargets, formatTarget } from '../../api/index.js';
import type { Lang } from '../../diagnostics/types.js';
import { flag } from '../args.js';
import { begin, parseOneStatement, printDiagnostics } from '../common.js';
import type { Command, CommandIo } from '../command.js';

const HELP = `chitieu parse "<chỉ tiêu>" [--json] [--lang en]
chitieu parse --extract FILE [--json] [--lang en]

In dạng chuẩn của chỉ tiêu (--json: cây cú pháp); --extract: liệt kê chỉ tiêu trong văn bản.
Prints the canonical form (--json: the AST); --extract lists the targets found in prose.
Exit: 0 ok, 2 on a parse error or bad usage.`;

async function extract(io: CommandIo, file: string, json: boolean, lang: Lang): Promise<number> {
  const prose = await readFile(file, 'utf8');
  const found = extractTargets(prose);
  if (json) {
    io.stdout.write(`${JSON.stringify(found.map((f) => (f.ok ? { text: f.text, span: f.span, clause: f.clause } : { text: f.text, span: f.span, error: { code: f.error.code, message: f.error.format(lang) } })), null, 2)}\n`);
  } else {
    for (const f of found) {
      if (f.ok) io.stdout.write(`${file}:${f.span.line}:${f.span.column}\t${f.clause.kind}\t${formatTarget({ ...f.target, clauses: [{ ...f.clause, part: 'main' }] })}\n`);
      else printDiagnostics(io, prose, f.error.diagnostics, lang, file);
    }
  }
  return found.every((f) => f.ok) ? 0 : 2;
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const start = begin(argv, io, { booleans: ['json'], values: ['extract'] }, HELP);
  if (typeof start === 'number') return start;
  const { args, lang } = start;
  const file = flag(args, 'extract');
  if (file) return extract(io, file, args.flags.has('json'), lang);
  const parsed = parseOneStatement(args, lang, io, HELP);
  if (!parsed) return 2;
  io.stdout.write(args.flags.has('json') ? `${JSON.stringify(parsed.target, null, 2)}\n` : `${formatTarget(parsed.target)}\n`);
  return 0;
}

/** `chitieu parse`: a statement → canonical form or AST; `--extract` for prose. */
export const parseCommand: Command = { name: 'parse', summary: 'đọc một chỉ tiêu / parse a target', run };
