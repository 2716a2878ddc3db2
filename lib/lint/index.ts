/** Public façade of the linter: targets, corpus and `lint`. Pure TypeScript, runs anywhere. */
export * from './targets';
export { CORPUS, USER_CORPUS, GROUP_CORPUS, corpusFor, type CorpusRecord } from './corpus';
export { checkOutput, type Violation } from './check-output';
export {
  lint,
  attributesRead,
  type LintOptions,
  type LintResult,
  type LintSample,
  type RowResult,
  type Verdict,
  type Counterexample,
  type LintFix,
} from './lint';
