/**
 * The plan AST (kế hoạch): a whole `.chitieu` document as plain, readonly data.
 *
 * Every node is a record or a discriminated union on `kind`, so apps can serialise it, diff it
 * and switch on it without classes. Statements keep the author's text next to the parsed
 * {@link Target}, and every node keeps its {@link Span} in the `.chitieu` file.
 *
 * This is a contract shared with the evaluator and the report: fields are only ever added
 * (optionally), never renamed.
 */
import type { Conventions } from '../reading/context.js';
import type { Clause, Schedule, Span, Target } from '../ast/types.js';

/**
 * A whole plan (kế hoạch): its header and its body of sections, targets and key tasks,
 * in document order.
 *
 * @example
 * const plan = parsePlan(source);
 * plan.header.number // "102/KH-UBND"
 * listTargets(plan).length // 25
 */
export interface Plan {
  readonly kind: 'plan';
  readonly header: PlanHeader;
  /** Top-level sections and entries, in document order. */
  readonly body: readonly PlanNode[];
  /** The file name given to `parsePlan` (`options.file`), for messages; absent otherwise. */
  readonly file?: string;
}

/**
 * The plan's header (phần đầu văn bản): what the document is and what it implements.
 * Every field is optional in the file; `year` falls back to the year of `date`.
 *
 * @example
 * // Số: 102/KH-UBND
 * // Cơ quan ban hành: Ủy ban nhân dân thành phố Cẩm Phả
 * // Ngày: 05/04/2023
 * // Năm: 2023
 * // Thực hiện kế hoạch: 56/KH-UBND ngày 27/02/2023 của UBND tỉnh Quảng Ninh
 * header.number // "102/KH-UBND"; header.date // "2023-04-05"; header.year // 2023
 */
export interface PlanHeader {
  /** Số (ký hiệu) của kế hoạch: `102/KH-UBND`. */
  readonly number?: string;
  /** Trích yếu / tên kế hoạch: `Công tác phòng, chống tội phạm năm 2023`. */
  readonly title?: string;
  /** Cơ quan ban hành: `Ủy ban nhân dân thành phố Cẩm Phả`. */
  readonly issuer?: string;
  /** Ngày ban hành, ISO `YYYY-MM-DD`. */
  readonly date?: string;
  /** Năm kế hoạch: the year relative periods (`Quý I`, `Cả năm`) refer to. */
  readonly year?: number;
  /** Kế hoạch cấp trên được thực hiện (`Thực hiện kế hoạch: 56/KH-UBND ...`), in file order. */
  readonly implements: readonly PlanReference[];
  /** Quy ước đọc (`Quy ước: mốc không ghi là cùng kỳ; tỷ lệ tăng giảm tương đối`): how its statements are read. */
  readonly conventions?: Conventions;
  /**
   * Danh sách đơn vị (`Danh sách xã: Cẩm Hải; Dương Huy`): per kind of unit, the units a per-unit
   * target (`Mỗi xã ...`) is about; `evaluatePlan` reports each listed unit without data.
   */
  readonly units?: Readonly<Record<string, readonly string[]>>;
  readonly span: Span;
}

/**
 * A reference to another document (văn bản được thực hiện / căn cứ): its number and the whole
 * line as written.
 *
 * @example
 * // Thực hiện kế hoạch: 56/KH-UBND ngày 27/02/2023 của UBND tỉnh Quảng Ninh
 * ({ number: '56/KH-UBND', text: '56/KH-UBND ngày 27/02/2023 của UBND tỉnh Quảng Ninh' })
 */
export interface PlanReference {
  /** The document number (`56/KH-UBND`), or the whole text when no number is recognised. */
  readonly number: string;
  readonly text: string;
  readonly span: Span;
}

/**
 * A numbered section (mục / phần): `1. Công tác tuyên truyền, phòng ngừa tội phạm`,
 * `II. NHIỆM VỤ TRỌNG TÂM`, `a) Công tác phòng ngừa xã hội`. Sections nest by numbering style:
 * Roman (`II.`) holds Arabic (`1.`), which holds deeper Arabic (`1.2.`), which holds letters (`a)`).
 *
 * @example
 * ({ kind: 'section', number: '1', title: 'Công tác tuyên truyền, phòng ngừa tội phạm', children: [...] })
 */
export interface PlanSection {
  readonly kind: 'section';
  /** The number as written, without its closing `.` or `)`: `II`, `1`, `1.2`, `a`. */
  readonly number: string;
  readonly title: string;
  readonly children: readonly PlanNode[];
  readonly span: Span;
}

/**
 * A statement as written in the plan (Chỉ tiêu thực hiện, Thời gian thực hiện) with its parse.
 * Each line is trimmed and continuation lines are joined with a space, as a Word cell reflows,
 * except that a line opening with a bullet (`- `) keeps its line break (a bullet after a break
 * starts a new clause). `segments` map offsets in `text` (and so the spans inside `target`,
 * which are relative to `text`) back to the file.
 *
 * @example
 * ({ text: 'Giảm 07% so với năm 2022', target: { kind: 'target', clauses: [...] }, ... })
 */
export interface PlanStatement {
  readonly text: string;
  readonly target: Target;
  /** From the first to the last character of the statement in the file. */
  readonly span: Span;
  readonly segments: readonly StatementSegment[];
}

/**
 * One line's share of a {@link PlanStatement}: characters `start`.. of the statement text sit in
 * the file from `offset` on, at `line`:`column`.
 *
 * @example
 * ({ start: 0, offset: 812, line: 31, column: 23 })
 */
export interface StatementSegment {
  /** Offset in the statement text. */
  readonly start: number;
  /** Offset in the file. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/**
 * The id data rows use for one clause of a target (mã chỉ số): `{"metric": "2.6", ...}`.
 * By default the target's STT for clause 0 and `STT.b`, `STT.c`, ... for the later ones;
 * an author may name them (`Mã: ...`).
 *
 * @example
 * // Chỉ tiêu 2.6: Đạt tỷ lệ từ 80% trở lên, trong đó ... đạt từ 96% trở lên ...
 * [{ id: '2.6', clauseIndex: 0, explicit: false, ... }, { id: '2.6.b', clauseIndex: 1, explicit: false, ... }]
 */
export interface MetricBinding {
  readonly id: string;
  /** Index into `statement.target.clauses`. */
  readonly clauseIndex: number;
  /** The clause itself (the same object as `statement.target.clauses[clauseIndex]`). */
  readonly clause: Clause;
  /** True when the author wrote the id (`Mã:`), false for the default. */
  readonly explicit: boolean;
}

/**
 * A target row (chỉ tiêu) of the plan: STT, description (Danh mục chỉ tiêu), the statement
 * (Chỉ tiêu thực hiện), lead units (Đơn vị chủ trì), coordinating units (Đơn vị phối hợp) and
 * a note (Ghi chú).
 *
 * @example
 * // Chỉ tiêu 2.3: Giảm tội phạm về trật tự xã hội
 * //   Chỉ tiêu thực hiện: Giảm 07% so với năm 2022
 * //   Chủ trì: Công an thành phố
 * ({ kind: 'target', stt: '2.3', statement: { text: 'Giảm 07% so với năm 2022', ... },
 *    lead: ['Công an thành phố'], metrics: [{ id: '2.3', clauseIndex: 0, ... }], ... })
 */
export interface PlanTarget {
  readonly kind: 'target';
  /** Số thứ tự as written: `2.3`, `I.3.1`. */
  readonly stt: string;
  /** Danh mục chỉ tiêu; empty when the author gave none. */
  readonly description: string;
  /** Chỉ tiêu thực hiện, exactly as written, and its parse. */
  readonly statement: PlanStatement;
  /** Đơn vị chủ trì: one entry per unit (the file separates units with `;`); may be empty. */
  readonly lead: readonly string[];
  /** Đơn vị phối hợp: one entry per unit; may be empty. */
  readonly coordinators: readonly string[];
  /** Ghi chú (`Căn cứ chỉ tiêu Sở ... giao`). */
  readonly note?: string;
  /** One binding per clause of `statement.target`, in clause order. */
  readonly metrics: readonly MetricBinding[];
  readonly span: Span;
}

/**
 * A key task (nhiệm vụ trọng tâm): content (Nội dung nhiệm vụ), lead units, coordinating units,
 * timing (Thời gian thực hiện, parsed like a statement: `Quý I và cả năm 2023`) and a note.
 * Data rows refer to it by `id` (`{"task": "II.1", "completed": "2023-03-20"}`).
 *
 * @example
 * // Nhiệm vụ 1: Triển khai Cao điểm tổng rà soát ... (under `II. NHIỆM VỤ TRỌNG TÂM`)
 * //   Chủ trì: Công an thành phố
 * //   Thời gian: Quý I
 * ({ kind: 'task', stt: '1', id: 'II.1', timing: { text: 'Quý I', ... },
 *    schedule: { kind: 'by', period: { unit: 'quarter', index: 1 } }, ... })
 */
export interface PlanTask {
  readonly kind: 'task';
  /** Số thứ tự as written: `1`, `11`. */
  readonly stt: string;
  /** The id data rows use: the author's `Mã:`, else `<Roman part>.<STT>` (`II.1`), else the STT. */
  readonly id: string;
  /** True when the author wrote the id (`Mã:`). */
  readonly explicitId: boolean;
  /** Nội dung nhiệm vụ. */
  readonly description: string;
  /** Thời gian thực hiện, exactly as written, and its parse. */
  readonly timing: PlanStatement;
  /** `timing.target.schedule`, lifted for convenience (a timing that names no time is an error). */
  readonly schedule: Schedule;
  readonly lead: readonly string[];
  readonly coordinators: readonly string[];
  readonly note?: string;
  readonly span: Span;
}

/**
 * A node of the plan body: a section, a target or a key task.
 *
 * @example
 * parsePlan(camPha).body.map((n) => n.kind === 'section' ? n.number : n.stt) // ['I', 'II', 'IV']: sections
 */
export type PlanNode = PlanSection | PlanTarget | PlanTask;

/**
 * A target or a key task: the entries a report lists.
 *
 * @example
 * listEntries(plan).map(({ entry }) => entry.kind === 'target' ? entry.statement.text : entry.schedule)
 */
export type PlanEntry = PlanTarget | PlanTask;
