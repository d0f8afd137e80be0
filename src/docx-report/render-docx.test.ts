import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../report/evaluate-plan.js';
import { loadExampleData, loadExamplePlan } from '../../test/report/examples.fixture.js';
import { documentHeader, placeOf, subjectOf } from '../report/document-header.js';
import { renderDocx } from './render-docx.js';
import { unzipText } from '../../test/helpers/unzip.js';

const camPha = (data: string, asOf: string) => evaluatePlan(loadExamplePlan('cam-pha-102-2023.chitieu'), loadExampleData(data), { asOf });
const midYear = camPha('cam-pha-2023-H1.json', '2023-06-30');

/** The visible text of document.xml, runs joined. */
const text = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** The properties of the run that holds `words`. */
function runOf(xml: string, words: string): string {
  const at = xml.indexOf(`>${words}</w:t>`);
  expect(at, words).toBeGreaterThan(0);
  const start = xml.lastIndexOf('<w:r>', at);
  return xml.slice(start, at);
}

describe('renderDocx: a báo cáo in the format of Nghị định 30/2020/NĐ-CP', async () => {
  const files = unzipText(await renderDocx(midYear));
  const xml = files.get('word/document.xml') ?? '';

  it('is a Word document with the decree’s header, title, trích yếu, closing and appendix', () => {
    const t = text(xml);
    for (const s of [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '/BC-UBND',
      'Cẩm Phả, ngày 30 tháng 6 năm 2023',
      'BÁO CÁO',
      'Sơ kết 6 tháng đầu năm 2023 thực hiện Kế hoạch số 102/KH-UBND ngày 05/04/2023 của Ủy ban nhân dân thành phố Cẩm Phả về công tác phòng, chống tội phạm năm 2023',
      'Nơi nhận:',
      '- UBND tỉnh Quảng Ninh (b/c);',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'PHỤ LỤC',
      'Kết quả thực hiện',
      'đạt ≈ 47,27% kế hoạch năm', // 3.3: 260 of 550 hồ sơ at mid-year, not a "không đạt"
      'chưa đến hạn',
      '240 hồ sơ, 6 tháng đầu năm 2022; tăng ≈ 8,33%', // cùng kỳ of 3.3
    ]) {
      expect(t, s).toContain(s);
    }
  });

  it('sets A4, the margins and Times New Roman, and the decree’s sizes', () => {
    // A4 in twips; top/bottom 20 mm (1134), left 30 mm (1701), right 15 mm (850)
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    // the appendix on A4 landscape
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(files.get('word/styles.xml')).toContain('w:ascii="Times New Roman"');
    // Quốc hiệu 12 pt bold (the decree: 12-13), tiêu ngữ 14 pt bold, địa danh 14 pt italic, Nơi nhận 12 pt bold italic
    expect(runOf(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/);
    expect(runOf(xml, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
    expect(runOf(xml, 'Cẩm Phả, ngày 30 tháng 6 năm 2023')).toMatch(/<w:i\/>.*<w:sz w:val="28"\/>/);
    expect(runOf(xml, 'Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
  });

  it('takes the header fields from options over the plan’s', async () => {
    const t = text(
      unzipText(await renderDocx(midYear, { number: '215/BC-UBND', place: 'Hạ Long', date: '2023-07-05', signer: 'Nguyễn Văn A', recipients: ['Như trên;'] })).get('word/document.xml') ?? '',
    );
    expect(t).toContain('Số: 215/BC-UBND');
    expect(t).toContain('Hạ Long, ngày 05 tháng 7 năm 2023');
    expect(t).toContain('Nguyễn Văn A');
    expect(t).toContain('- Như trên;');
    expect(t).not.toContain('Lưu: VT.');
  });

  it('says tổng kết at year end, and writes English labels when asked', async () => {
    const yearEnd = camPha('cam-pha-2023.json', '2023-12-31');
    expect(text(unzipText(await renderDocx(yearEnd)).get('word/document.xml') ?? '')).toContain('Tổng kết năm 2023 thực hiện Kế hoạch số 102/KH-UBND');
    const en = text(unzipText(await renderDocx(yearEnd, { lang: 'en' })).get('word/document.xml') ?? '');
    expect(en).toContain('Year-end review: 2023');
    expect(en).toContain('Against plan');
  });
});

describe('documentHeader: the fields a báo cáo needs, from the plan', () => {
  it('finds the place in the issuer’s name, and leaves it out when there is none', () => {
    expect(placeOf('Ủy ban nhân dân thành phố Cẩm Phả')).toBe('Cẩm Phả');
    expect(placeOf('Ban Chỉ đạo 138 tỉnh Hải Dương')).toBe('Hải Dương');
    expect(placeOf('Bộ Công an')).toBeUndefined();
  });

  it('leaves the number blank for the văn thư, and writes a trích yếu for a plan without a number', () => {
    expect(documentHeader(midYear)).toMatchObject({ number: '/BC-UBND', numberBlank: true, place: 'Cẩm Phả', date: '2023-06-30' });
    const hd = evaluatePlan(loadExamplePlan('hai-duong-2023.chitieu'), loadExampleData('hai-duong-2023.json'), { asOf: '2023-12-31' });
    expect(subjectOf(hd)).toBe('Tổng kết năm 2023 thực hiện Kế hoạch thực hiện công tác phòng, chống tội phạm năm 2023 của Ban Chỉ đạo 138 tỉnh Hải Dương');
    expect(documentHeader(hd)).toMatchObject({ number: '/BC', signerTitle: ['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN'], recipients: ['Ban Chỉ đạo 138 Chính phủ (b/c);', 'Lưu: VT.'] });
  });
});
