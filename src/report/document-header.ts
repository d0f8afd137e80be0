/**
 * The header fields of a báo cáo written in the format of Nghị định 30/2020/NĐ-CP (cơ quan ban
 * hành, số và ký hiệu, địa danh and date, trích yếu, nơi nhận, the signature block): taken from
 * the plan and the report, each overridable. Plain data: the Word renderer lays it out.
 *
 * What the plan does not say is left blank for the văn thư to fill, never invented: the
 * report's number (`Số:      /BC-UBND`: the number is given when it is issued), the signer's
 * name, a place the issuer's name does not contain.
 */
import { reviewText } from './review.js';
import type { PlanReport } from './types.js';

/**
 * Overrides of the header fields (each defaults from the plan and the report).
 *
 * @example
 * ({ issuer: 'Ủy ban nhân dân thành phố Cẩm Phả', number: '215/BC-UBND', place: 'Cẩm Phả', date: '2023-07-05',
 *    recipients: ['UBND tỉnh Quảng Ninh (b/c)', 'Lưu: VT.'], signerTitle: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signer: 'Nguyễn Văn A' })
 */
export interface DocumentHeaderOptions {
  /** Tên cơ quan chủ quản, above the issuer (none by default). */
  readonly parentIssuer?: string;
  /** Tên cơ quan, tổ chức ban hành: default the plan's `Cơ quan ban hành`. */
  readonly issuer?: string;
  /** Số, ký hiệu (`215/BC-UBND`): default blank before `/BC-` and the plan's issuer code. */
  readonly number?: string;
  /** Địa danh: default the place the issuer's name ends with (`thành phố Cẩm Phả` → `Cẩm Phả`). */
  readonly place?: string;
  /** Ngày ban hành, ISO: default the report's as-of date. */
  readonly date?: string;
  /** Trích yếu: default `Sơ kết 6 tháng đầu năm 2023 thực hiện Kế hoạch số ...`. */
  readonly subject?: string;
  /** Nơi nhận, one per line: default the issuer of the plan implemented (b/c) and `Lưu: VT.`. */
  readonly recipients?: readonly string[];
  /** Quyền hạn, chức vụ của người ký, one line each (`TM. ỦY BAN NHÂN DÂN`, `CHỦ TỊCH`). */
  readonly signerTitle?: readonly string[];
  /** Họ và tên người ký: blank by default. */
  readonly signer?: string;
}

/**
 * The header fields as the document prints them.
 *
 * @example
 * ({ issuer: 'Ủy ban nhân dân thành phố Cẩm Phả', number: '/BC-UBND', numberBlank: true, place: 'Cẩm Phả',
 *    date: '2023-06-30', subject: 'Sơ kết 6 tháng đầu năm 2023 thực hiện Kế hoạch số 102/KH-UBND ...',
 *    recipients: ['UBND tỉnh Quảng Ninh (b/c);', 'Lưu: VT.'], signerTitle: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] })
 */
export interface DocumentHeader {
  readonly parentIssuer?: string;
  readonly issuer?: string;
  /** The number and symbol, or only the symbol (`/BC-UBND`) when `numberBlank`. */
  readonly number: string;
  readonly numberBlank: boolean;
  readonly place?: string;
  readonly date?: string;
  readonly subject: string;
  readonly recipients: readonly string[];
  readonly signerTitle: readonly string[];
  readonly signer?: string;
}

const PLACE = /(?:^|\s)(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+(.+)$/iu;

/**
 * The place an issuer's name ends with, as an địa danh is written.
 *
 * @example
 * placeOf('Ủy ban nhân dân thành phố Cẩm Phả') // "Cẩm Phả"
 * placeOf('Ban Chỉ đạo 138 tỉnh Hải Dương')      // "Hải Dương"
 * placeOf('Bộ Công an')                          // undefined
 */
export function placeOf(issuer: string | undefined): string | undefined {
  return issuer?.match(PLACE)?.[1]?.trim();
}

/** `102/KH-UBND` → `/BC-UBND`: the report's symbol for the same body. */
function symbolOf(planNumber: string | undefined): string {
  const code = planNumber?.match(/\/KH-(.+)$/u)?.[1];
  return code ? `/BC-${code}` : '/BC';
}

function signerTitleOf(issuer: string | undefined): string[] {
  if (issuer && /^(ủy|uỷ) ban nhân dân/iu.test(issuer)) return ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
  if (issuer && /^ban chỉ đạo/iu.test(issuer)) return ['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN'];
  return ['THỦ TRƯỞNG CƠ QUAN'];
}

/** The issuer of the plan a plan implements: `56/KH-UBND ngày 27/02/2023 của UBND tỉnh Quảng Ninh` → `UBND tỉnh Quảng Ninh`. */
function higherIssuer(text: string): string | undefined {
  const m = text.match(/\bcủa\s+(.+?)(?:\s+về\s.*)?$/u);
  return m?.[1]?.replace(/\s*\(.*$/u, '').trim() || undefined;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The trích yếu: the review, then the plan it reports on.
 *
 * @example
 * subjectOf(report) // "Sơ kết 6 tháng đầu năm 2023 thực hiện Kế hoạch số 102/KH-UBND ngày 05/04/2023 của Ủy ban nhân dân thành phố Cẩm Phả về công tác phòng, chống tội phạm năm 2023"
 */
export function subjectOf(report: PlanReport): string {
  const p = report.plan;
  const review = report.review ? reviewText(report.review, 'vi') : 'Kết quả';
  const date = p.date ? ` ngày ${p.date.slice(8, 10)}/${p.date.slice(5, 7)}/${p.date.slice(0, 4)}` : '';
  const of = p.issuer ? ` của ${p.issuer}` : '';
  if (p.number) return `${review} thực hiện Kế hoạch số ${p.number}${date}${of}${p.title ? ` về ${lowerFirst(p.title)}` : ''}`;
  return `${review} thực hiện Kế hoạch${p.title ? ` ${lowerFirst(p.title)}` : ''}${date}${of}`;
}

/**
 * The header fields of the báo cáo on `report`, from the plan and the report, with `options`
 * over them.
 *
 * @example
 * documentHeader(report).place          // "Cẩm Phả"
 * documentHeader(report).number         // "/BC-UBND" (numberBlank: true)
 * documentHeader(report, { number: '215/BC-UBND' }).numberBlank // false
 */
export function documentHeader(report: PlanReport, options: DocumentHeaderOptions = {}): DocumentHeader {
  const issuer = options.issuer ?? report.plan.issuer;
  const place = options.place ?? placeOf(issuer);
  const date = options.date ?? report.asOf;
  const higher = (report.plan.implementsText ?? []).map(higherIssuer).filter((s): s is string => s !== undefined);
  const recipients = options.recipients ?? [...[...new Set(higher)].map((h) => `${h} (b/c);`), 'Lưu: VT.'];
  return {
    ...(options.parentIssuer !== undefined && { parentIssuer: options.parentIssuer }),
    ...(issuer !== undefined && { issuer }),
    number: options.number ?? symbolOf(report.plan.number),
    numberBlank: options.number === undefined,
    ...(place !== undefined && { place }),
    ...(date !== undefined && { date }),
    subject: options.subject ?? subjectOf(report),
    recipients,
    signerTitle: options.signerTitle ?? signerTitleOf(issuer),
    ...(options.signer !== undefined && { signer: options.signer }),
  };
}
