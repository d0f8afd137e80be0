import type { Lang } from '../diagnostics/types.js';
import type { DataExpectation, DataIssue, DataIssueCode, DataWarning } from './data-error.js';

const PROBLEM: Record<Lang, Record<DataIssueCode, string>> = {
  vi: {
    invalid_json: 'không đọc được JSON',
    invalid_csv: 'không đọc được CSV',
    invalid_xlsx: 'không đọc được tệp Excel (.xlsx)',
    wrong_type: 'sai kiểu',
    missing_field: 'thiếu trường',
    unknown_field: 'trường không có trong định dạng',
    invalid_value: 'giá trị không hợp lệ',
    conflicting_fields: 'các trường không đi cùng nhau',
    duplicate_row: 'dòng trùng',
    ambiguous_figure: 'số không rõ nghĩa',
  },
  en: {
    invalid_json: 'not valid JSON',
    invalid_csv: 'not valid CSV',
    invalid_xlsx: 'not a readable Excel workbook (.xlsx)',
    wrong_type: 'wrong type',
    missing_field: 'missing field',
    unknown_field: 'field not in the format',
    invalid_value: 'invalid value',
    conflicting_fields: 'fields that cannot go together',
    duplicate_row: 'duplicate row',
    ambiguous_figure: 'ambiguous figure',
  },
};

const EXPECTED: Record<Lang, Record<DataExpectation, string>> = {
  vi: {
    json: 'văn bản JSON hợp lệ',
    csv_closed_quote: 'dấu ngoặc kép đóng',
    csv_column_count: 'đúng số cột như dòng tiêu đề (trong tệp phân cách bằng dấu phẩy, số như 7,5 phải đặt trong ngoặc kép "7,5"; hoặc lưu tệp phân cách bằng dấu ;)',
    observation_set: 'một đối tượng `{"observations": [...]}`',
    observations_array: 'một mảng các dòng số liệu',
    row_object: 'một đối tượng (một dòng số liệu)',
    known_field:
      'chỉ các cột Mã chỉ tiêu, Kỳ, Đơn vị, Giá trị, Tử số, Mẫu số, Số đầu kỳ, Đánh giá, Ghi chú, Mã nhiệm vụ, Ngày hoàn thành (hoặc metric, period, unit, value, numerator, denominator, start, assessment, evidence, task, completed)',
    text: 'một chuỗi không rỗng',
    decimal: 'một số không âm, viết như 7,5 hoặc 1.250 (một nghìn hai trăm năm mươi) hoặc 12.500,75',
    exact_decimal: 'số lớn hơn 2^53 phải viết dạng chuỗi để giữ chính xác',
    period: 'một kỳ dạng 2023, 2023-H1, 2023-Q2 hoặc 2023-06',
    iso_date: 'một ngày có thật dạng YYYY-MM-DD',
    assessment: '"met" hoặc "not_met"',
    one_measure: 'đúng một trong: value, numerator+denominator, assessment, completed',
    numerator: 'tử số (numerator) đi cùng mẫu số',
    denominator: 'mẫu số (denominator) đi cùng tử số',
    numerator_within_denominator: 'tử số không lớn hơn mẫu số',
    period_on_metric_row: 'kỳ số liệu (period) cho dòng chỉ tiêu',
    task_row_fields: 'dòng nhiệm vụ chỉ có task, completed, evidence',
    start_with_value: 'start (số đầu kỳ) chỉ đi cùng value',
    unique_row: 'mỗi chỉ tiêu, kỳ, đơn vị chỉ một dòng',
    unit_lists: 'danh sách đơn vị dạng { "<loại đơn vị>": ["<tên đơn vị>", ...] }',
    observation_kind: 'kind là value, rate, assessment hoặc completion, khớp với trường số liệu của dòng (value; numerator+denominator; assessment; completed)',
    unambiguous_figure: 'một cách viết chỉ có một nghĩa',
    xlsx: 'một tệp .xlsx (Excel 2007 trở lên; tệp .xls cũ hãy lưu lại thành .xlsx)',
    sheet: 'tên một trang tính có trong tệp',
    utf8_text: 'văn bản mã UTF-8 hoặc UTF-16 (trong Excel: Lưu thành "CSV UTF-8" hoặc "Unicode Text")',
  },
  en: {
    json: 'valid JSON text',
    csv_closed_quote: 'a closing double quote',
    csv_column_count: 'as many cells as the header row (in a comma-separated file a figure such as 7,5 must be quoted, "7,5"; or save the file with ; between cells)',
    observation_set: 'an object `{"observations": [...]}`',
    observations_array: 'an array of observation rows',
    row_object: 'an object (one observation row)',
    known_field:
      'only the fields metric, period, unit, value, numerator, denominator, start, assessment, evidence, task, completed (or their Vietnamese headers: Mã chỉ tiêu, Kỳ, Đơn vị, Giá trị, Tử số, Mẫu số, Số đầu kỳ, Đánh giá, Ghi chú, Mã nhiệm vụ, Ngày hoàn thành)',
    text: 'a non-empty string',
    decimal: 'a non-negative number, written as 7,5 or 1.250 (one thousand two hundred and fifty) or 12.500,75, the Vietnamese way, or 7.5',
    exact_decimal: 'numbers beyond 2^53 written as strings, to stay exact',
    period: 'a period such as 2023, 2023-H1, 2023-Q2 or 2023-06',
    iso_date: 'a real date as YYYY-MM-DD',
    assessment: '"met" or "not_met"',
    one_measure: 'exactly one of: value, numerator+denominator, assessment, completed',
    numerator: 'a numerator alongside the denominator',
    denominator: 'a denominator alongside the numerator',
    numerator_within_denominator: 'a numerator no larger than the denominator',
    period_on_metric_row: 'a period on a metric row',
    task_row_fields: 'task rows with only task, completed, evidence',
    start_with_value: 'start (stock at the start of the period) only alongside value',
    unique_row: 'one row per metric, period and unit',
    unit_lists: 'unit lists as { "<kind of unit>": ["<unit name>", ...] }',
    observation_kind: 'a kind of value, rate, assessment or completion matching the row\'s measure (value; numerator+denominator; assessment; completed)',
    unambiguous_figure: 'a figure written so that it has one meaning',
    xlsx: 'an .xlsx workbook (Excel 2007 or later; save an old .xls as .xlsx)',
    sheet: 'the name of a sheet of the workbook',
    utf8_text: 'UTF-8 or UTF-16 text (in Excel: Save as "CSV UTF-8" or "Unicode Text")',
  },
};

/**
 * `observations[3].value`; `line 4, observations[3].value` for NDJSON; and in a table, the row as
 * the file shows it and the column by its header: `dòng 4, cột "Giá trị"`.
 */
function where(issue: DataIssue, lang: Lang): string {
  if (issue.column !== undefined) {
    const row = issue.line === undefined ? '' : `${lang === 'vi' ? 'dòng' : 'row'} ${issue.line}, `;
    return `${row}${lang === 'vi' ? 'cột' : 'column'} "${issue.column}"`;
  }
  const path = issue.path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key),
    '',
  );
  const line = issue.line === undefined ? '' : `${lang === 'vi' ? 'dòng' : 'line'} ${issue.line}, `;
  return `${line}${path || '(gốc)'}`;
}

/**
 * One issue as a line of text: where, what is wrong, what was found and what was expected.
 *
 * @example
 * formatDataIssue({ code: 'invalid_value', path: ['observations', 0, 'period'], expected: 'period', found: '"2023-13"' })
 * // 'observations[0].period: giá trị không hợp lệ `"2023-13"`; cần một kỳ dạng 2023, 2023-H1, 2023-Q2 hoặc 2023-06'
 */
export function formatDataIssue(issue: DataIssue, lang: Lang = 'vi'): string {
  if (issue.code === 'ambiguous_figure') return `${where(issue, lang)}: ${ambiguity(issue, lang)}`;
  const found = issue.found === undefined ? '' : ` \`${issue.found}\``;
  const need = lang === 'vi' ? 'cần' : 'expected';
  const hint = issue.suggestion === undefined ? '' : lang === 'vi' ? `; có phải \`${issue.suggestion}\`?` : `; did you mean \`${issue.suggestion}\`?`;
  return `${where(issue, lang)}: ${PROBLEM[lang][issue.code]}${found}; ${need} ${EXPECTED[lang][issue.expected]}${hint}`;
}

/**
 * Why a figure is ambiguous, with both readings and how to write each: `1.250` is 1250 by the
 * plan's rule, 1,25 where a dot is a decimal point, as the cell named by `evidence` writes it.
 */
function ambiguity(issue: DataIssue, lang: Lang): string {
  const found = issue.found ?? '';
  const dot = found.includes('.');
  const [int = '', frac = ''] = found.split(/[.,]/);
  const thousands = `${int}${frac}`;
  const decimal = lang === 'vi' ? `${int},${frac}` : `${int}.${frac}`;
  const e = issue.evidence;
  const at = e === undefined ? '' : e.line === undefined ? ` (${e.path.join('.')})` : ` (${lang === 'vi' ? 'dòng' : 'row'} ${e.line})`;
  const other = e === undefined ? '' : `\`${e.found}\`${at}`;
  if (lang === 'vi') {
    const readings = dot
      ? `là ${thousands} nếu dấu chấm phân cách hàng nghìn (như trong kế hoạch), là ${decimal} nếu dấu chấm là dấu thập phân`
      : `là ${decimal} nếu dấu phẩy là dấu thập phân (như trong kế hoạch), là ${thousands} nếu dấu phẩy phân cách hàng nghìn`;
    return `\`${found}\` không rõ nghĩa: ${readings}, vì cùng cột có ${other} viết theo cách kia; hãy viết ${thousands} hoặc ${int},${frac}`;
  }
  const readings = dot ? `${thousands} if the dot groups thousands (as in the plan), ${decimal} if it is a decimal point` : `${decimal} if the comma is a decimal mark (as in the plan), ${thousands} if it groups thousands`;
  return `\`${found}\` is ambiguous: ${readings}, since the same column has ${other} written the other way; write ${thousands} or ${int},${frac}`;
}

/**
 * A data warning as a line of text.
 *
 * @example
 * formatDataWarning({ code: 'unused_metric', path: ['observations', 4], found: '9.9', rows: [4, 7] })
 * // "observations[4]: 2 dòng cho chỉ tiêu `9.9` không được dùng"
 */
export function formatDataWarning(w: DataWarning, lang: Lang = 'vi'): string {
  const at = where({ code: 'invalid_value', path: w.path, expected: 'text' }, lang);
  if (w.code === 'unused_metric') {
    const hint = w.suggestion === undefined ? '' : lang === 'vi' ? `; có phải \`${w.suggestion}\`?` : `; did you mean \`${w.suggestion}\`?`;
    return lang === 'vi'
      ? `${at}: ${w.rows.length} dòng cho chỉ tiêu \`${w.found}\` không được dùng${hint}`
      : `${at}: ${w.rows.length} row(s) for metric \`${w.found}\` not used${hint}`;
  }
  return lang === 'vi' ? `${at}: \`${w.found}\`` : `${at}: \`${w.found}\``;
}
