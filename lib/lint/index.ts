/**
 * Public façade of the linter: `lint`, and the targets it checks against (lib/targets). Pure
 * TypeScript, runs anywhere.
 */
export * from '../targets/targets';
export { checkOutput } from '../targets/check-output';
export { lint, attributesRead } from './lint';
export type { LintResult, RowResult, Verdict } from './types';
