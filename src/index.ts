/**
 * chitieu: the targets (chỉ tiêu) of Vietnamese government plans as checkable rules.
 *
 * This list is curated by hand: only what apps, plan authors and test suites need.
 */

// ── The language: text → Target ─────────────────────────────────────────────
export type * from './ast/types.js';
export type { Diagnostic, Lang, ParseErrorCode, WarningCode } from './diagnostics/index.js';
export { ParseError, codeFrame, formatDiagnostic } from './diagnostics/index.js';

// ── Evaluation: Target × observations → Verdict ─────────────────────────────

// ── Plans: .chitieu documents, reports ──────────────────────────────────────

// ── Consistency: contradictions, strictness between plans ───────────────────
