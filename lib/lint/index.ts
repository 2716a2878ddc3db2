/** Public façade of the linter: `lint`, and the targets and corpus it checks against (lib/targets). Pure TypeScript, runs anywhere. */
export * from '../targets/targets';
export { CORPUS, USER_CORPUS, GROUP_CORPUS, corpusFor, type CorpusRecord } from '../targets/corpus';
export { checkOutput, type Violation } from '../targets/check-output';
export { lint, attributesRead } from './lint';
export type {
  LintOptions,
  LintResult,
  LintSample,
  RowResult,
  Verdict,
  Counterexample,
  LintFix,
} from './types';
