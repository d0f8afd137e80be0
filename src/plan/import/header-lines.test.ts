import { describe, expect, it } from 'vitest';
import { readHeaderLines } from './header-lines.js';

describe('readHeaderLines', () => {
  it('reads number, date, issuer, title, year and every implemented document', () => {
    expect(
      readHeaderLines([
        'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẨM PHẢ\nSố: 102 /KH-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Cẩm Phả, ngày 5 tháng 4 năm 2023',
        'KẾ HOẠCH',
        'Công tác phòng, chống tội phạm năm 2023',
        'Thực hiện Kế hoạch số 56/KH-UBND, ngày 27/02/2023 của UBND tỉnh Quảng Ninh; Nghị quyết số 314/NQ-HĐND của HĐND tỉnh; Ủy ban nhân dân thành phố xây dựng kế hoạch như sau:',
      ]),
    ).toEqual({
      number: '102/KH-UBND',
      date: '05/04/2023',
      issuer: 'Ủy ban nhân dân thành phố Cẩm Phả',
      title: 'Công tác phòng, chống tội phạm năm 2023',
      year: 2023,
      implements: ['56/KH-UBND, ngày 27/02/2023 của UBND tỉnh Quảng Ninh', 'Nghị quyết số 314/NQ-HĐND của HĐND tỉnh'],
    });
  });

  it('takes the issuer from the clause that draws the plan up when the first lines have none, and a title that starts with Thực hiện', () => {
    expect(
      readHeaderLines([
        'KẾ HOẠCH',
        'Thực hiện công tác phòng, chống tội phạm năm 2023',
        'Thực hiện kế hoạch số 26/KH-BCĐ138/CP ngày 18/01/2022 của Ban Chỉ đạo 138 Chính phủ về công tác năm 2023, Ban Chỉ đạo 138 tỉnh Hải Dương xây dựng kế hoạch với những nội dung như sau:',
      ]),
    ).toEqual({
      title: 'Thực hiện công tác phòng, chống tội phạm năm 2023',
      year: 2023,
      implements: ['26/KH-BCĐ138/CP ngày 18/01/2022 của Ban Chỉ đạo 138 Chính phủ về công tác năm 2023'],
      issuer: 'Ban Chỉ đạo 138 tỉnh Hải Dương',
    });
  });

  it('leaves out a number and a date the document leaves blank', () => {
    expect(readHeaderLines(['BAN CHỈ ĐẠO 138', 'Số:      /KH-BCĐ138', 'Hải Dương, ngày    tháng    năm 2023'])).toEqual({ issuer: 'Ban chỉ đạo 138' });
  });
});
