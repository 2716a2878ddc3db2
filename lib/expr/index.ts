/**
 * Public façade of the expression engine: pure TypeScript, no DOM and no browser API, usable
 * from the popup, the side panel and the CLI. Code outside lib/expr imports only this file (ESLint
 * `no-restricted-imports` enforces it); the engine's tests in test/unit/expr may reach inside.
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

// What the proof engine reads to mirror the evaluator exactly (same tables, casing and number forms).
export { DIACRITICS_TABLE } from './functions/diacritics';
export { toLowerDotNet, toUpperDotNet } from './eval/casing';
export { formatNumber } from './eval/values';
export { parseRegex } from './regex/parse';
export type { RegexNode } from './regex/types';
