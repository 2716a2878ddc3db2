/**
 * Public façade of the expression engine: pure TypeScript, no DOM and no browser API, usable
 * from the popup, the side panel and the CLI. Internals stay private by convention.
 */
export type * from './ast';
export type { Diagnostic, Severity } from './diagnostics';
export type { Attributes, Output, Value } from './values';
export type { Token } from './scanner';
export { scan } from './scanner';
export { parse, MAX_EXPRESSION_LENGTH, type ParseResult } from './parser';
export { analyzeExpression, check, type Analysis } from './analyze';
export type { CheckContext, CheckOptions } from './checker';
export {
  evaluate,
  DEFAULT_BUDGET_MS,
  type EvalError,
  type EvalOptions,
  type EvalResult,
} from './evaluate';
export { evaluateExpression } from './evaluate-expression';
export { FUNCTIONS, lookupFunction } from './functions/table';
export type { ArgKind, FunctionSpec, ParamSpec, ReturnKind } from './functions/types';
export { analyzeRegex, translateRegex, type RegexIssue, type TranslatedRegex } from './regex';
