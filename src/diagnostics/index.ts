export type { Diagnostic, Lang, ParseErrorCode, WarningCode } from './types.js';
export { ChitieuError } from './chitieu-error.js';
export { ParseError } from './parse-error.js';
export { codeFrame } from './code-frame.js';
export { formatDiagnostic } from './messages.js';
