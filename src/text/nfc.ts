/**
 * Characters a string may hold and still be NFC whatever their order: Latin up to U+02FF and
 * the precomposed Vietnamese letters (U+1E00–U+1EFF). None of them decomposes and no two of
 * them compose (nfc.test.ts checks every one and every pair). Anything else, a combining mark
 * above all, sends the string through `normalize`.
 */
const MAY_CHANGE = /[^\u0000-\u02ff\u1e00-\u1eff]/;

/**
 * `text.normalize('NFC')`, without the call for text that is NFC by its characters alone (most
 * Vietnamese text as typed): normalising costs more than the test, and runs for every subject.
 *
 * @example
 * toNfc('Giảm') // 'Giảm' (the same string, not normalised)
 * toNfc('Gia\u0309m') // 'Giảm'
 */
export function toNfc(text: string): string {
  return MAY_CHANGE.test(text) ? text.normalize('NFC') : text;
}
