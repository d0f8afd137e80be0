/**
 * The plan header from a document's first lines, as Vietnamese administrative documents set
 * them out (Nghị định 30/2020/NĐ-CP): the issuing body over `Số: 102/KH-UBND` on the left, the
 * national motto over `Cẩm Phả, ngày 05 tháng 4 năm 2023` on the right (often a borderless
 * table), then `KẾ HOẠCH`, the title, and the `Thực hiện Kế hoạch số ...` paragraph naming what
 * the plan implements. Only what the lines say is taken; nothing is guessed.
 */
import { foldKeyword } from '../keywords.js';
import type { DraftHeader } from './write-plan.js';

const MOTTO = /^(?:cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc|-+)$/;
const DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
/** `Thực hiện Kế hoạch số ...`, `Căn cứ Nghị quyết số ...`: the paragraph of what is implemented. */
const IMPLEMENTS = /^(?:thuc hien|can cu) (?:ke hoach|nghi quyet|chi thi|quyet dinh|cong van|van ban|chuong trinh|thong bao|luat|nghi dinh)\b/;
/** The clause that says who draws the plan up: `Ủy ban nhân dân thành phố xây dựng kế hoạch ...`. */
const DRAWS_UP = /^(.*?)\s+(?:xây dựng|ban hành)\s+kế\s+hoạch\b/iu;
/** Words after which a name follows: `thành phố Cẩm Phả`, `tỉnh Hải Dương`. */
const PLACE = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/u;

/** `ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ` → `Ủy ban nhân dân thành phố Cẩm Phả`: a sentence, place names capitalized. */
function bodyName(upper: string): string {
  const words = upper.toLocaleLowerCase('vi').split(/\s+/).filter((w) => w !== '');
  let capital = false;
  return words
    .map((w, i) => {
      const two = `${words[i - 1] ?? ''} ${w}`;
      const out = i === 0 || capital ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1) : w;
      if (PLACE.test(w) || PLACE.test(two)) capital = true;
      else if (i > 0 && capital && !/^\p{L}/u.test(w)) capital = false;
      return out;
    })
    .join(' ')
    .replace(/\bubnd\b/giu, 'UBND')
    .replace(/\bhđnd\b/giu, 'HĐND');
}

function isUpper(line: string): boolean {
  return /\p{L}/u.test(line) && line === line.toLocaleUpperCase('vi');
}

/** `102 /KH-UBND` → `102/KH-UBND`; a number without digits (`/KH-BCĐ`: left blank) is none. */
function documentNumber(text: string): string | undefined {
  const n = text.replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').trim();
  return /^\d/.test(n) && /\//.test(n) ? n : undefined;
}

/** The references of a `Thực hiện ...` paragraph, and who draws the plan up (its last clause). */
function references(paragraph: string): { refs: string[]; issuer?: string } {
  let issuer: string | undefined;
  const refs: string[] = [];
  for (const raw of paragraph.split(';')) {
    let part = raw.trim().replace(/[:.]$/, '');
    const whole = DRAWS_UP.exec(part);
    if (whole && !/\d{4}/.test(whole[1]!)) {
      issuer = whole[1]!.trim();
      continue;
    }
    const tail = /,\s*([^,]+?)\s+(?:xây dựng|ban hành)\s+kế\s+hoạch\b.*$/iu.exec(part);
    if (tail) {
      issuer = tail[1]!.trim();
      part = part.slice(0, tail.index).trim();
    }
    part = part.replace(/^(?:thực hiện|căn cứ)\s+/iu, '').replace(/^kế hoạch số\s+/iu, '');
    if (part !== '') refs.push(part);
  }
  return { refs, ...(issuer ? { issuer } : {}) };
}

/**
 * Read the plan header from the first lines of a document (before its first table): `Số:`,
 * the date line, the issuing body, the title under `KẾ HOẠCH`, the year the title names, and
 * what the plan implements.
 *
 * @example
 * readHeaderLines(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ CẨM PHẢ', 'Số: 102 /KH-UBND', 'Cẩm Phả, ngày 05 tháng 4 năm 2023',
 *   'KẾ HOẠCH', 'Công tác phòng, chống tội phạm năm 2023'])
 * // { number: '102/KH-UBND', date: '05/04/2023', issuer: 'Ủy ban nhân dân thành phố Cẩm Phả',
 * //   title: 'Công tác phòng, chống tội phạm năm 2023', year: 2023 }
 */
export function readHeaderLines(input: readonly string[]): DraftHeader {
  const lines = input.flatMap((l) => l.split('\n')).map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  const out: { -readonly [K in keyof DraftHeader]: DraftHeader[K] } = {};
  const numberAt = lines.findIndex((l) => /^số\s*[:.]/iu.test(l));
  if (numberAt >= 0) {
    const n = documentNumber(lines[numberAt]!.replace(/^số\s*[:.]\s*/iu, ''));
    if (n) out.number = n;
  }
  const date = lines.map((l) => DATE.exec(l)).find((m) => m !== null);
  if (date) out.date = `${date[1]!.padStart(2, '0')}/${date[2]!.padStart(2, '0')}/${date[3]}`;
  const issuerLines = lines.slice(0, numberAt >= 0 ? numberAt : 0).filter((l) => isUpper(l) && !MOTTO.test(foldKeyword(l)) && !DATE.test(l));
  if (issuerLines.length > 0) out.issuer = bodyName(issuerLines.join(' '));
  const kind = lines.findIndex((l) => foldKeyword(l) === 'ke hoach' || foldKeyword(l) === 'nghi quyet');
  if (kind >= 0) {
    const title: string[] = [];
    for (const l of lines.slice(kind + 1)) {
      if (IMPLEMENTS.test(foldKeyword(l)) || l.length > 200 || /^[IVXLC]+\.\s/.test(l) || title.length >= 3) break;
      title.push(l);
    }
    if (title.length > 0) out.title = title.join(' ');
    const year = /\bnăm\s+(\d{4})\b/iu.exec(out.title ?? '');
    if (year) out.year = Number(year[1]);
  }
  const implementing = lines.find((l) => IMPLEMENTS.test(foldKeyword(l)));
  if (implementing) {
    const { refs, issuer } = references(implementing);
    if (refs.length > 0) out.implements = refs;
    if (!out.issuer && issuer) out.issuer = issuer;
  }
  return out;
}
