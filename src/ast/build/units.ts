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
];

const FOLD: Record<string, string> = {};
for (const u of UNITS) {
  FOLD[u.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')] = u;
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
 * Words that mean time, money, size or age after a number: never a count unit, even after
 * `ít nhất` (`trẻ em dưới 5 tuổi` describes who is counted).
 */
export const NOT_UNITS = new Set(['tuoi', 'nam', 'thang', 'ngay', 'gio', 'tuan', 'phut', 'quy', 'trieu', 'ty', 'nghin', 'ngan', 'dong', 'km', 'm', 'kg']);
