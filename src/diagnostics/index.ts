export type { Diagnostic, Lang, ParseErrorCode, WarningCode } from './types.js';
export { ChitieuError } from './chitieu-error.js';
export { ParseError } from './parse-error.js';
export { codeFrame, formatDiagnostic } from './messages.js';
