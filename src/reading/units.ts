/**
 * Count units the parser recognises after a bare figure (`550 hồ sơ`), canonically spelt and
 * keyed by their folded form. A bare number followed by anything else (`Ban Chỉ đạo 138 tỉnh`,
 * `sơ kết 6 tháng`) is description, not a target; after an explicit comparator
 * (`ít nhất 02 đợt`) any following word is taken as the unit.
 */
const UNITS = [
  'hồ sơ', 'lần', 'mô hình', 'đợt', 'buổi', 'vụ', 'vụ án', 'vụ việc', 'lượt', 'lượt người', 'người',
  'đối tượng', 'địa bàn', 'cuộc', 'trường hợp', 'hội nghị', 'lớp', 'bài', 'bài viết', 'tin', 'tin bài',
  'sản phẩm', 'tụ điểm', 'điểm', 'cơ sở', 'đơn vị', 'xã', 'phường', 'tổ', 'câu lạc bộ', 'chuyên đề',
  'phóng sự', 'tài liệu', 'ấn phẩm', 'tờ rơi', 'pano', 'băng rôn', 'khẩu hiệu', 'cuộc thi', 'đoàn',
  'học sinh', 'cán bộ', 'hộ', 'gia đình', 'camera', 'tố giác', 'tin báo', 'án', 'bị can', 'phiên tòa',
  // Amounts, areas, weights and the counts of real plans (issue 9: units are an open class; these
  // are the ones read after a bare figure, where an unknown word is description).
  'tỷ đồng', 'triệu đồng', 'đồng', 'USD', 'tỷ USD', 'triệu USD', 'ha', 'km', 'tấn', 'lao động',
  'việc làm', 'giường bệnh', 'giường', 'bác sĩ', 'bác sỹ', 'dược sĩ', 'điều dưỡng', 'trường',
  'doanh nghiệp', 'hợp tác xã', 'khách', 'lượt khách', 'công trình', 'dự án', 'nhà', 'căn', 'căn hộ',
  'con', 'cây', 'thôn', 'bản', 'trạm y tế', 'sinh viên', 'hộ gia đình', 'hộ nghèo',
];

/** Other spellings of a unit: `tỉ` and `tỷ` are one word. */
const ALIASES: Readonly<Record<string, string>> = { 'tỉ đồng': 'tỷ đồng', 'tỉ usd': 'tỷ USD', 'bác sỹ': 'bác sĩ' };

/**
 * Scale words before a unit, as powers of ten (`500 nghìn tấn` = 500.000 tấn; `12,5 nghìn tỷ
 * đồng` = 12.500 tỷ đồng; `1 vạn dân` = 10.000 dân). Folded.
 */
export const SCALES: ReadonlyMap<string, number> = new Map([['nghin', 3], ['ngan', 3], ['trieu', 6], ['ty', 9], ['ti', 9], ['van', 4]]);

const FOLD: Record<string, string> = {};
const fold = (u: string): string => u.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
for (const u of UNITS) FOLD[fold(u)] = ALIASES[u] ?? u;
for (const [alias, unit] of Object.entries(ALIASES)) FOLD[fold(alias)] = unit;

/**
 * Whether accented text is a spelling of the unit (folding merges `vụ án` and `vụ an ninh`,
 * `hà` and `ha`): the unit itself or one of its aliases.
 *
 * @example
 * spells('tỉ đồng', 'tỷ đồng') // true
 */
export function spells(written: string, unit: string): boolean {
  // Written text arrives lowercased; a unit may be an acronym (`tỷ USD`).
  return written === unit.toLowerCase() || ALIASES[written] === unit;
}

/** Longest unit is three words. */
export const MAX_UNIT_WORDS = 3;

/**
 * The canonical unit for folded words, or undefined.
 *
 * @example
 * unitOf('ho so') // 'hồ sơ'
 */
export function unitOf(foldedWords: string): string | undefined {
  return FOLD[foldedWords];
}

/**
 * Words that mean time or age after a number: never a count unit, even after `ít nhất`
 * (`trẻ em dưới 5 tuổi` describes who is counted); nor is a scale word on its own.
 */
export const NOT_UNITS = new Set(['tuoi', 'nam', 'thang', 'ngay', 'gio', 'tuan', 'phut', 'quy', 'trieu', 'ty', 'ti', 'nghin', 'ngan', 'van']);

/**
 * A decimal string times 10^k (`shift('12.5', 3)` = `'12500'`): scale words are powers of ten,
 * so the figure stays exact.
 *
 * @example
 * shiftDecimal('12.5', 3) // '12500'
 */
export function shiftDecimal(value: string, k: number): string {
  if (k === 0) return value;
  const [int, frac = ''] = value.split('.');
  const digits = (int! + frac.padEnd(k, '0')).replace(/^0+(?=\d)/, '');
  const point = int!.length + k;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}
