/**
 * The keywords of a `.chitieu` plan file as an author writes them (with diacritics), for the
 * editor grammar. src/plan/keywords.ts matches them folded and keeps its alias table private;
 * test/grammar/plan-keywords.test.ts checks every name here against `entryField`/`headerField`,
 * and that every canonical field name is here.
 */

/**
 * How a field name may be followed: `exact` (then the colon) or `prefix` (more words first).
 *
 * @example
 * // ['Chỉ tiêu thực hiện', 'prefix'] also names `Chỉ tiêu thực hiện trong năm 2023:`
 */
export type FieldMatch = 'exact' | 'prefix';

/**
 * Header fields (before the first section or entry).
 *
 * @example
 * HEADER_NAMES.includes('Thực hiện kế hoạch') // true
 */
export const HEADER_NAMES: readonly string[] = [
  'Số',
  'Số ký hiệu',
  'Số kế hoạch',
  'Kế hoạch số',
  'Tên',
  'Tên kế hoạch',
  'Trích yếu',
  'Cơ quan ban hành',
  'Cơ quan',
  'Ngày',
  'Ngày ban hành',
  'Năm',
  'Năm kế hoạch',
  'Thực hiện kế hoạch',
  'Thực hiện',
  'Căn cứ',
  'Quy ước',
  'Quy ước đọc',
  'Danh sách',
];

/**
 * Entry fields whose value is a target statement or a timing: the grammar highlights inside.
 *
 * @example
 * STATEMENT_FIELDS[0] // ["Chỉ tiêu thực hiện", "prefix"]
 */
export const STATEMENT_FIELDS: readonly (readonly [string, FieldMatch])[] = [
  ['Chỉ tiêu thực hiện', 'prefix'],
  ['Chỉ tiêu', 'exact'],
  ['Thời gian thực hiện', 'prefix'],
  ['Thời gian', 'exact'],
  ['Thời hạn', 'exact'],
];

/**
 * Other entry fields: free text.
 *
 * @example
 * TEXT_FIELDS.some(([name]) => name === 'Chủ trì') // true
 */
export const TEXT_FIELDS: readonly (readonly [string, FieldMatch])[] = [
  ['Danh mục chỉ tiêu', 'exact'],
  ['Danh mục', 'exact'],
  ['Nội dung nhiệm vụ', 'exact'],
  ['Nội dung', 'exact'],
  ['Mô tả', 'exact'],
  ['Đơn vị chủ trì', 'prefix'],
  ['Chủ trì', 'exact'],
  ['Đơn vị phối hợp', 'prefix'],
  ['Phối hợp', 'exact'],
  ['Ghi chú', 'exact'],
  ['Mã', 'exact'],
  ['Mã chỉ số', 'exact'],
  ['Mã chỉ tiêu', 'exact'],
  ['Mã nhiệm vụ', 'exact'],
];

/**
 * Words that open an entry at column 1: `Chỉ tiêu 2.3: ...`, `Nhiệm vụ 1: ...`.
 *
 * @example
 * ENTRY_WORDS // ["Chỉ tiêu", "Nhiệm vụ trọng tâm", "Nhiệm vụ"]
 */
export const ENTRY_WORDS: readonly string[] = ['Chỉ tiêu', 'Nhiệm vụ trọng tâm', 'Nhiệm vụ'];
