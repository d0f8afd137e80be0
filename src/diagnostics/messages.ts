import type { Diagnostic, Lang } from './types.js';

type Texts = Record<Diagnostic['code'], string>;

/** What each code means, per language; `{found}` and `{expected}` are filled in. */
const TEXTS: Record<Lang, Texts> = {
  vi: {
    empty_input: 'Chỉ tiêu trống: không có nội dung để đọc.',
    unexpected_token: 'Không đọc được `{found}` ở đây; cần {expected}.',
    unexpected_end: 'Câu dừng giữa chừng sau `{found}`: cần {expected}.',
    missing_closer: 'Thiếu phần kết của khoảng: sau `{found}` cần {expected}.',
    missing_baseline: 'Thiếu mốc so sánh sau `{found}`: cần {expected}.',
    missing_figure: 'Thiếu con số: sau `{found}` cần {expected}.',
    invalid_number: 'Số `{found}` không hợp lệ.',
    invalid_date: 'Ngày `{found}` không có thật.',
    invalid_year: 'Năm `{found}` không hợp lệ: cần năm viết đủ bốn chữ số, từ 1900 đến 2100, như {expected}.',
    invalid_period: 'Kỳ `{found}` không có thật (quý I–IV, tháng 1–12).',
    inverted_range: 'Khoảng `{found}` ngược: số đầu phải nhỏ hơn số sau.',
    unbalanced_paren: 'Dấu ngoặc `{found}` không có dấu đóng/mở tương ứng.',
    input_too_long: 'Chỉ tiêu quá dài để đọc như một câu ({found} ký tự).',
    typo_corrected: 'Đã đọc `{found}` là `{expected}`.',
    figure_in_subject: 'Con số `{found}` chỉ mô tả đối tượng, không phải mức chỉ tiêu.',
    baseline_not_read: '`{found}` không được đọc là mốc so sánh (thiếu `so với`): mức giảm/tăng được tính so với đầu kỳ.',
    figure_not_read: 'Con số `{found}` không được đọc vào chỉ tiêu: nó nằm lại trong phần mô tả; hãy kiểm tra cách đọc.',
    timing_not_read: 'Thời hạn `{found}` không được đọc: chỉ tiêu được đánh giá theo kỳ của số liệu.',
    construct_not_read: '`{found}` chưa được đọc: cách đọc chỉ tiêu này thiếu phần nghĩa đó, kết quả đánh giá chưa đáng tin.',
    several_measures: '`{found}` nêu nhiều chỉ số nhưng được đọc là một chỉ tiêu trên một số liệu; hãy tách thành từng chỉ tiêu (mỗi chỉ số một dòng).',
    rate_change_points: '`{found}` giảm/tăng một số % được đọc là điểm phần trăm (quy ước mặc định: tỷ lệ … giảm X% là giảm X điểm phần trăm); nếu ý là thay đổi tương đối, đặt quy ước `tương đối`.',
    lower_is_better: '`{found}` là chỉ số càng thấp càng tốt: con số không kèm từ so sánh được đọc là mức tối đa (≤) theo quy ước; ghi `không quá`, `dưới` hoặc `từ ... trở lên` để chỉ rõ.',
    share_direction_unwritten: '`{found}`: tỷ trọng trong cơ cấu không ghi từ so sánh, được đọc là mức tối thiểu (≥); tỷ trọng của một ngành có thể là mục tiêu giảm: ghi `trên`, `dưới` hoặc `khoảng` để chỉ rõ.',
    baseline_unwritten: 'Không ghi mốc so sánh: mức thay đổi được tính so với {found} theo quy ước (ghi `so với ...` để chỉ rõ, hoặc đặt quy ước mốc).',
    rate_change_relative: '`{found}` giảm/tăng một số % được đọc là thay đổi tương đối so với mốc (theo quy ước đã đặt), không phải điểm phần trăm.',
    change_each_year: '`{found}`: mức tăng/giảm mỗi năm được đọc là từng năm so với năm trước; nếu ý là bình quân cả giai đoạn, hãy ghi `bình quân ... giai đoạn 2021-2025`.',
    average_period_unwritten: 'Mức bình quân `{found}%` không ghi giai đoạn: được đánh giá từng năm so với năm trước; ghi `giai đoạn 2021-2025` (hoặc `so với năm 2020`) để đánh giá bình quân cả giai đoạn.',
    percent_of_amount: '`{found}` là một giá trị, không phải tỷ lệ, mà con số lại là %: được đọc là mức % mà số liệu phải ghi trực tiếp (như tốc độ tăng trưởng); nếu ý là mức tăng, ghi `tăng … so với năm trước`.',
    share_of_plan: 'Con số là % của `{found}` (chỉ tiêu được giao): được đọc là mức % mà số liệu phải ghi trực tiếp (tỷ lệ thực hiện so với kế hoạch), không phải giá trị thực hiện.',
    per_year_level: 'Mức % kèm `{found}` mà không có từ tăng/giảm: được đọc là mức cần đạt mỗi kỳ; nếu ý là mỗi năm giảm/tăng bấy nhiêu, ghi `giảm … mỗi năm`.',
  },
  en: {
    empty_input: 'Empty target: there is nothing to read.',
    unexpected_token: 'Cannot read `{found}` here; expected {expected}.',
    unexpected_end: 'The statement ends too soon after `{found}`: expected {expected}.',
    missing_closer: 'A range is not closed: after `{found}` expected {expected}.',
    missing_baseline: 'Missing baseline after `{found}`: expected {expected}.',
    missing_figure: 'Missing figure: after `{found}` expected {expected}.',
    invalid_number: 'The number `{found}` is not valid.',
    invalid_date: 'The date `{found}` does not exist.',
    invalid_year: 'The year `{found}` is not valid: expected a year in four digits, from 1900 to 2100, such as {expected}.',
    invalid_period: 'The period `{found}` does not exist (quarters I–IV, months 1–12).',
    inverted_range: 'The range `{found}` is inverted: the first figure must be the smaller.',
    unbalanced_paren: 'The bracket `{found}` has no partner.',
    input_too_long: 'The target is too long to read as one statement ({found} characters).',
    typo_corrected: 'Read `{found}` as `{expected}`.',
    figure_in_subject: 'The figure `{found}` only describes the subject; it is not the bound.',
    baseline_not_read: '`{found}` was not read as the baseline (no `so với`): the change is measured against the start of the period.',
    figure_not_read: 'The figure `{found}` is not part of the reading: it stays in the description; check the reading.',
    timing_not_read: 'The timing `{found}` was not read: the target is judged on the period of the data.',
    construct_not_read: '`{found}` is not read yet: the reading misses that part of the meaning, and a verdict on it is not reliable.',
    several_measures: '`{found}` names several measures but is read as one target on one figure; split it into one target per measure.',
    rate_change_points: 'The change of `{found}` in % is read in percentage points (the default convention: a rate that falls by X% falls by X points); set the `relative` convention if a relative change is meant.',
    lower_is_better: '`{found}` is an indicator where less is better: a figure with no comparator is read as a ceiling (≤) by convention; write `không quá`, `dưới` or `từ ... trở lên` to say which.',
    share_direction_unwritten: '`{found}`: a share of a structure with no comparator is read as a floor (≥); a sector\'s share may be meant to fall: write `trên`, `dưới` or `khoảng` to say which.',
    baseline_unwritten: 'No baseline written: the change is measured against {found} by convention (write `so với ...`, or set the baseline convention).',
    rate_change_relative: 'The change of `{found}` in % is read as a relative change against the baseline (the convention set), not in percentage points.',
    change_each_year: '`{found}`: a change per year is read as each year against the year before; for an average over a period, write `bình quân ... giai đoạn 2021-2025`.',
    average_period_unwritten: 'The average `{found}%` names no period: it is judged each year against the year before; write `giai đoạn 2021-2025` (or `so với năm 2020`) to judge the average over the period.',
    percent_of_amount: '`{found}` is an amount, not a rate, yet its figure is a percentage: read as a level in % that the data must give directly (such as its growth rate); if a rise is meant, write `tăng … so với năm trước`.',
    share_of_plan: 'The figure is a percentage of `{found}` (the assigned figure): read as a level in % that the data must give directly (the share of the plan achieved), not the amount achieved.',
    per_year_level: 'A level in % with `{found}` and no verb of change: read as a level to reach each period; if a yearly fall or rise by that much is meant, write `giảm … mỗi năm`.',
  },
};

const OR: Record<Lang, string> = { vi: ' hoặc ', en: ' or ' };
const SUGGEST: Record<Lang, string> = { vi: 'Có phải ý là `{s}`?', en: 'Did you mean `{s}`?' };

function listExpected(expected: readonly string[], lang: Lang): string {
  return expected.map((e) => `\`${e}\``).join(OR[lang]);
}

/**
 * Render a diagnostic as one line of text (no position: callers add `line:col`).
 *
 * @example
 * formatDiagnostic(d, 'en') // "A range is not closed: after `từ 80%` expected `trở lên`. Did you mean `trở lên`?"
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang = 'vi'): string {
  const base = TEXTS[lang][d.code]
    .replace('{found}', d.found)
    .replace('{expected}', d.code === 'typo_corrected' ? (d.expected[0] ?? '') : listExpected(d.expected, lang));
  return d.suggestion ? `${base} ${SUGGEST[lang].replace('{s}', d.suggestion)}` : base;
}
