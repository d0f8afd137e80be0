/**
 * Findings about a `.chitieu` file, as data: a stable code, a range in the file, what was found
 * and what was expected. Rendering them (`file:line:col: ...` and a caret under the column) is
 * a separate step, in Vietnamese by default or English on request.
 */
import type { Span } from '../ast/types.js';
import type { Diagnostic, Lang, ParseErrorCode, WarningCode } from '../diagnostics/index.js';
import { boundedLines } from '../diagnostics/bounded-list.js';
import { codeFrame, formatDiagnostic } from '../diagnostics/index.js';

/**
 * Stable codes of errors in the structure of a plan file (statement errors keep their own codes).
 *
 * @example
 * // `  Chu tr: Công an thành phố` under a target
 * ({ severity: 'error', code: 'unknown_field', found: 'Chu tr', suggestion: 'Chủ trì', ... })
 */
export type PlanErrorCode =
  | 'unexpected_line'
  | 'unknown_field'
  | 'field_not_allowed'
  | 'duplicate_field'
  | 'missing_field'
  | 'empty_value'
  | 'duplicate_id'
  | 'invalid_id'
  | 'metric_count_mismatch'
  | 'invalid_value'
  | 'missing_schedule'
  | 'too_many_clauses';

/**
 * Stable codes of warnings about a plan file.
 *
 * @example
 * safeParsePlan('Số: 1/KH\n') // { success: true, plan, warnings: [{ code: 'missing_year', ... }, { code: 'empty_plan', ... }] }
 */
export type PlanWarningCode = 'missing_year' | 'empty_plan' | 'entry_like_line';

/**
 * Any code a plan diagnostic can carry: its own, or a statement's (`missing_closer`, ...).
 *
 * @example
 * // a target with a line `Chu tr: Công an thành phố` and `Chỉ tiêu thực hiện: Đạt từ 80% trở`
 * planError.diagnostics.map((d) => d.code) // ['unknown_field', 'missing_closer']
 */
export type PlanDiagnosticCode = PlanErrorCode | PlanWarningCode | ParseErrorCode | WarningCode;

/**
 * One finding about a plan file.
 *
 * @example
 * ({ severity: 'error', code: 'unknown_field', range: { start: 80, end: 86, line: 5, column: 3 },
 *    found: 'Chu tr', expected: ['Danh mục', 'Chỉ tiêu thực hiện', ...], suggestion: 'Chủ trì',
 *    message: 'Không có trường `Chu tr`; cần ... Có phải ý là `Chủ trì`?' })
 */
export interface PlanDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: PlanDiagnosticCode;
  /** The message in the language asked for when parsing (Vietnamese by default). */
  readonly message: string;
  /** Where, in the `.chitieu` file. */
  readonly range: Span;
  /** What was found at `range`, as written. */
  readonly found: string;
  /** What would have been accepted, canonically spelt. */
  readonly expected: readonly string[];
  /** The likely intended text, when one is likely. */
  readonly suggestion?: string;
  /**
   * Extra facts for the message: the line of the first use of a duplicate id, a clause count,
   * the entry lacking a field, or the field (`Chỉ tiêu thực hiện`, `Thời gian`) a statement error is in.
   */
  readonly detail?: string;
  /**
   * For an error inside a statement (Chỉ tiêu thực hiện, Thời gian): the diagnostic the target
   * parser gave, with its range relative to the statement text.
   */
  readonly statement?: Diagnostic;
}

type Texts = Record<PlanErrorCode | PlanWarningCode, string>;

const TEXTS: Record<Lang, Texts> = {
  vi: {
    unexpected_line: 'Không hiểu dòng `{found}`; cần {expected}.',
    unknown_field: 'Không có trường `{found}`; cần {expected}.',
    field_not_allowed: 'Trường `{found}` không dùng ở đây; cần {expected}.',
    duplicate_field: 'Trường `{found}` đã có ở dòng {detail}.',
    missing_field: '{detail} thiếu trường {expected}.',
    empty_value: 'Trường `{found}` trống; cần {expected}.',
    duplicate_id: 'Mã `{found}` trùng với mã ở dòng {detail}; mỗi mã chỉ dùng một lần.',
    invalid_id: 'Mã `{found}` không hợp lệ; cần {expected}.',
    metric_count_mismatch:
      'Số mã trong `{found}` khác số vế của chỉ tiêu ({detail}); cần một mã, hoặc mỗi vế một mã, cách nhau bởi `;`.',
    invalid_value: 'Giá trị `{found}` không hợp lệ; cần {expected}.',
    missing_schedule: 'Thời gian `{found}` không nêu thời hạn; cần {expected}.',
    too_many_clauses: '{found} có {detail} vế, quá 26 mã mặc định (`.b` đến `.z`); cần đặt mã cho từng vế: {expected}.',
    missing_year: 'Kế hoạch không ghi năm; cần {expected} để tính các mốc như `Quý I`.',
    empty_plan: 'Kế hoạch không có chỉ tiêu hay nhiệm vụ nào; cần {expected}.',
    entry_like_line:
      'Dòng `{found}` được đọc là dòng tiếp của trường phía trên (lùi vào, không có `:` sau số thứ tự); nếu là chỉ tiêu hoặc nhiệm vụ mới, cần {expected}.',
  },
  en: {
    unexpected_line: 'Cannot read the line `{found}`; expected {expected}.',
    unknown_field: 'There is no field `{found}`; expected {expected}.',
    field_not_allowed: 'The field `{found}` is not used here; expected {expected}.',
    duplicate_field: 'The field `{found}` was already given on line {detail}.',
    missing_field: '{detail} lacks the field {expected}.',
    empty_value: 'The field `{found}` is empty; expected {expected}.',
    duplicate_id: 'The id `{found}` is already used on line {detail}; each id may be used once.',
    invalid_id: 'The id `{found}` is not valid; expected {expected}.',
    metric_count_mismatch:
      'The number of ids in `{found}` differs from the number of clauses ({detail}); expected one id, or one per clause separated by `;`.',
    invalid_value: 'The value `{found}` is not valid; expected {expected}.',
    missing_schedule: 'The timing `{found}` names no deadline; expected {expected}.',
    too_many_clauses: '{found} has {detail} clauses, more than the 26 default ids (`.b` to `.z`); expected an id per clause: {expected}.',
    missing_year: 'The plan gives no year; expected {expected} to place periods such as `Quý I`.',
    empty_plan: 'The plan has no target and no task; expected {expected}.',
    entry_like_line:
      'The line `{found}` is read as the next line of the field above (indented, no `:` after its number); if it starts a new target or task, expected {expected}.',
  },
};

const OR: Record<Lang, string> = { vi: ' hoặc ', en: ' or ' };
const SUGGEST: Record<Lang, string> = { vi: 'Có phải ý là `{s}`?', en: 'Did you mean `{s}`?' };
const LABEL: Record<Lang, Record<'error' | 'warning', string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo' },
  en: { error: 'error', warning: 'warning' },
};
const IN_FIELD: Record<Lang, string> = { vi: 'Trong `{f}`: ', en: 'In `{f}`: ' };

function isPlanCode(code: PlanDiagnosticCode): code is PlanErrorCode | PlanWarningCode {
  return code in TEXTS.vi;
}

/**
 * Render a plan diagnostic as one line of text (no position).
 *
 * @example
 * formatPlanDiagnostic(d, 'en') // "There is no field `Chu tr`; expected `Danh mục` or .... Did you mean `Chủ trì`?"
 */
export function formatPlanDiagnostic(d: Omit<PlanDiagnostic, 'message'>, lang: Lang = 'vi'): string {
  if (d.statement) return IN_FIELD[lang].replace('{f}', d.detail ?? '') + formatDiagnostic(d.statement, lang);
  if (!isPlanCode(d.code)) return d.found;
  const expected = d.expected.map((e) => `\`${e}\``).join(OR[lang]);
  const base = TEXTS[lang][d.code]
    .replace('{found}', d.found.length > 60 ? `${d.found.slice(0, 57)}...` : d.found)
    .replace('{expected}', expected)
    .replace('{detail}', d.detail ?? '');
  return d.suggestion ? `${base} ${SUGGEST[lang].replace('{s}', d.suggestion)}` : base;
}

/**
 * Render diagnostics the way compilers do: `file:line:col: lỗi: message`, then the line with a
 * caret under the column. In file order: the first 1000 (`PRINT_LIMIT`), then how many more.
 *
 * @example
 * renderPlanDiagnostics(source, error.diagnostics, { file: 'plan.chitieu' })
 * // "plan.chitieu:5:3: lỗi: Không có trường `Chu tr`; ...\n  Chu tr: Công an\n  ^^^^^^"
 */
export function renderPlanDiagnostics(
  source: string,
  diagnostics: readonly PlanDiagnostic[],
  options: { readonly file?: string; readonly lang?: Lang } = {},
): string {
  const lang = options.lang ?? 'vi';
  const file = options.file ?? '<plan>';
  const sorted = [...diagnostics].sort((a, b) => a.range.start - b.range.start);
  return boundedLines(sorted, (d) => {
    const head = `${file}:${d.range.line}:${d.range.column}: ${LABEL[lang][d.severity]}: ${formatPlanDiagnostic(d, lang)}`;
    const frame = codeFrame(source, { severity: d.severity, code: 'unexpected_token', range: d.range, expected: [], found: '' });
    return `${head}\n${frame}`;
  }, { noun: 'findings', lang }).join('\n');
}

/**
 * Build a diagnostic with its message rendered in `lang`.
 *
 * @example
 * planDiagnostic('vi', { severity: 'error', code: 'empty_value', range, found: 'Chủ trì', expected: ['tên đơn vị'] })
 */
export function planDiagnostic(lang: Lang, d: Omit<PlanDiagnostic, 'message'>): PlanDiagnostic {
  return { ...d, message: formatPlanDiagnostic(d, lang) };
}
