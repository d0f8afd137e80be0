export { foldKey, foldText, type Folded } from './fold.js';
export { LineIndex } from './lines.js';
export { normalizeSubject, trimPunctuation } from './subject.js';
export { formatDecimalVi, parseDecimalVi } from './numbers.js';
