import type { Lang } from '../diagnostics/types.js';
import type { DataExpectation, DataIssue, DataIssueCode, DataWarning } from './data-error.js';

const PROBLEM: Record<Lang, Record<DataIssueCode, string>> = {
  vi: {
    invalid_json: 'không đọc được JSON',
    invalid_csv: 'không đọc được CSV',
    wrong_type: 'sai kiểu',
    missing_field: 'thiếu trường',
    unknown_field: 'trường không có trong định dạng',
    invalid_value: 'giá trị không hợp lệ',
    conflicting_fields: 'các trường không đi cùng nhau',
    duplicate_row: 'dòng trùng',
  },
  en: {
    invalid_json: 'not valid JSON',
    invalid_csv: 'not valid CSV',
    wrong_type: 'wrong type',
    missing_field: 'missing field',
    unknown_field: 'field not in the format',
    invalid_value: 'invalid value',
    conflicting_fields: 'fields that cannot go together',
    duplicate_row: 'duplicate row',
  },
};

const EXPECTED: Record<Lang, Record<DataExpectation, string>> = {
  vi: {
    json: 'văn bản JSON hợp lệ',
    csv_closed_quote: 'dấu ngoặc kép đóng',
    csv_column_count: 'đúng số cột như dòng tiêu đề',
    observation_set: 'một đối tượng `{"observations": [...]}`',
    observations_array: 'một mảng các dòng số liệu',
    row_object: 'một đối tượng (một dòng số liệu)',
    known_field: 'chỉ các trường metric, period, unit, value, numerator, denominator, start, assessment, evidence, task, completed',
    text: 'một chuỗi không rỗng',
    decimal: 'một số không âm (số JSON hoặc chuỗi thập phân dạng "7.5", không nhóm hàng nghìn)',
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
  },
  en: {
    json: 'valid JSON text',
    csv_closed_quote: 'a closing double quote',
    csv_column_count: 'as many cells as the header row',
    observation_set: 'an object `{"observations": [...]}`',
    observations_array: 'an array of observation rows',
    row_object: 'an object (one observation row)',
    known_field: 'only the fields metric, period, unit, value, numerator, denominator, start, assessment, evidence, task, completed',
    text: 'a non-empty string',
    decimal: 'a non-negative number (JSON number or decimal string such as "7.5", no thousands grouping)',
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
  },
};

/** `observations[3].value`, or `line 4, observations[3].value` for CSV. */
function where(issue: DataIssue, lang: Lang): string {
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
  const found = issue.found === undefined ? '' : ` \`${issue.found}\``;
  const need = lang === 'vi' ? 'cần' : 'expected';
  return `${where(issue, lang)}: ${PROBLEM[lang][issue.code]}${found}; ${need} ${EXPECTED[lang][issue.expected]}`;
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
    return lang === 'vi'
      ? `${at}: ${w.rows.length} dòng cho chỉ tiêu \`${w.found}\` không được dùng`
      : `${at}: ${w.rows.length} row(s) for metric \`${w.found}\` not used`;
  }
  return lang === 'vi'
    ? `${at}: \`${w.found}\` được đọc là số thập phân (dấu chấm là dấu thập phân), không phải hàng nghìn`
    : `${at}: \`${w.found}\` is read with a decimal point, not as thousands`;
}
