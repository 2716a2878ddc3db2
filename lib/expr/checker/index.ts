import type { ExprNode } from '../ast';
import type { Diagnostic } from '../diagnostics';
import type { FunctionSpec } from '../functions/types';
import { catalogFor } from './catalog';
import type { CheckOptions, Rule, RuleContext } from './context';
import { argumentKinds, hexLiterals, itemIndex } from './rules/argument-kinds';
import { arity } from './rules/arity';
import { attributes, roleFunctionSource } from './rules/attributes';
import { comparisons } from './rules/comparisons';
import { functionNames } from './rules/function-names';
import { iifNullAttributes } from './rules/iif';
import { keywords } from './rules/keywords';
import { bareOperand } from './rules/mapping';
import { placement } from './rules/placement';
import { regexLiterals } from './rules/regex';
import { replaceModes } from './rules/replace-modes';
import { singleBackslash } from './rules/strings';
import { switchNulls } from './rules/switch';
import { walk } from './walk';

export type { CheckContext, CheckOptions } from './context';

/** Every rule, in the order their findings read best for one node. */
const RULES: readonly Rule[] = [
  functionNames,
  arity,
  placement,
  replaceModes,
  switchNulls,
  iifNullAttributes,
  roleFunctionSource,
  comparisons,
  argumentKinds,
  keywords,
  hexLiterals,
  itemIndex,
  attributes,
  singleBackslash,
  regexLiterals,
  bareOperand,
];

/**
 * Diagnostic code families (the parser adds `syntax.*` and the lexical `trap.*`):
 * `call.*` function names, arity, Switch pairs, Replace modes, misplaced comparisons, unconfirmed
 * behaviour; `arg.*` argument kinds and bare words; `keyword.*`; `attr.*` attribute names;
 * `placement.*` and `context.*` where a function may run; `trap.*` the pitfalls of docs/research/entra-expressions.md#pitfalls;
 * `regex.*` from the regex analyser; `unconfirmed.*` literals the spec marks [U];
 * `mapping.bare-operand` (info). Each rule file documents its own codes.
 */

/**
 * Static checks of a parsed expression (docs/research/entra-expressions.md#placement-rules, #lint-rules, #pitfalls) against a function
 * table. Returns diagnostics sorted by position; never throws.
 */
export function checkWith(
  functions: readonly FunctionSpec[],
  ast: ExprNode,
  source: string,
  options: Omit<CheckOptions, 'functions'> = {},
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const ctx: RuleContext = {
    source,
    root: ast,
    context: options.context ?? 'scim-app',
    catalog: catalogFor(functions),
    report: (d) => diagnostics.push(d),
    once: (key) => !seen.has(key) && seen.add(key) !== undefined,
  };
  walk(ast, ctx, (visit) => {
    for (const rule of RULES) rule(visit, ctx);
  });
  return diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
}
