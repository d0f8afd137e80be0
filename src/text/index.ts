export { foldKey, foldText, type Folded } from './fold.js';
export { LineIndex, splitLines } from './lines.js';
export { normalizeSubject, trimPunctuation } from './subject.js';
export { formatDecimalVi, parseDecimalVi, readFigureVi, type FigureKind, type FigureReading } from './numbers.js';
