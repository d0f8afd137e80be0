import { extractTargets, formatTarget, type Lang } from '../../index.js';
import { flag } from '../args.js';
import { defineCommand, type CommandContext, type CommandIo } from '../command.js';
import { parseOneStatement, printDiagnostics } from '../common.js';
import { inputName, readInput } from '../input.js';

const HELP = `chitieu parse "<chỉ tiêu>" [--json] [--lang en]
chitieu parse --extract <văn-bản.txt | -> [--json] [--lang en]

In dạng chuẩn của chỉ tiêu (--json: cây cú pháp); --extract: liệt kê chỉ tiêu trong văn bản.
Prints the canonical form (--json: the AST); --extract lists the targets found in prose.
Một chỉ tiêu bắt đầu bằng "-" thì đặt sau "--" / put a statement that starts with "-" after "--".

  --json          cây cú pháp (AST) dạng JSON; lỗi cũng là JSON / the AST as JSON; errors too
  --extract FILE  liệt kê chỉ tiêu trong văn bản; "-" đọc stdin / list the targets in prose; "-" reads stdin
Exit: 0 ok, 2 on a parse error or bad usage.`;

async function extract(io: CommandIo, file: string, json: boolean, lang: Lang): Promise<number> {
  const prose = await readInput(file, io);
  const name = inputName(file);
  const found = extractTargets(prose);
  if (json) {
    io.stdout.write(`${JSON.stringify(found.map((f) => (f.ok ? { text: f.text, span: f.span, clause: f.clause } : { text: f.text, span: f.span, error: { code: f.error.code, message: f.error.format(lang) } })), null, 2)}\n`);
  } else {
    for (const f of found) {
      if (f.ok) io.stdout.write(`${name}:${f.span.line}:${f.span.column}\t${f.clause.kind}\t${formatTarget({ ...f.target, clauses: [{ ...f.clause, part: 'main' }] })}\n`);
      else printDiagnostics(io, prose, f.error.diagnostics, lang, name);
    }
  }
  return found.every((f) => f.ok) ? 0 : 2;
}

async function run({ args, lang, io }: CommandContext): Promise<number> {
  const file = flag(args, 'extract');
  if (file !== undefined) return extract(io, file, args.flags.has('json'), lang);
  const parsed = parseOneStatement(args, lang, io);
  io.stdout.write(args.flags.has('json') ? `${JSON.stringify(parsed.target, null, 2)}\n` : `${formatTarget(parsed.target)}\n`);
  return 0;
}

/** `chitieu parse`: a statement → canonical form or AST; `--extract` for prose. */
export const parseCommand = defineCommand({ name: 'parse', help: HELP, options: { json: { type: 'boolean' }, extract: { type: 'string' } }, run });
