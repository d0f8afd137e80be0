declare global {
  // Replaced by `true` in the published build (tsup `define`); absent when tests run the source.
  // eslint-disable-next-line no-var
  var CHITIEU_SKIP_GRAMMAR_VALIDATION: boolean | undefined;
}

/**
 * Whether chevrotain may skip re-validating the grammar at load: only in the published build,
 * whose grammar the test suite (running the source, validation on) has already validated.
 */
export function skipGrammarValidation(): boolean {
  return globalThis.CHITIEU_SKIP_GRAMMAR_VALIDATION === true;
}
