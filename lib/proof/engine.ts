/**
 * `prove` behind the façade: analysis → obligations → verdict; then a counterexample search for
 * what is still open, the blame for an honest "unknown", and a proven fix.
 */

import type { ExprNode } from '../expr';
import { getTarget, isTargetId, type Target } from '../targets/targets';
import { analyze } from './analyze';
import { CharSet } from './charset';
import { type Abs, anyString, FAIL_ABS, NULL_ABS, shapeOfAll } from './domain';
import { blame } from './blame';
import { type EngineDeps, isEntraFailure } from './engine-deps';
import { generateFix } from './fix';
import { envFor } from './inputs';
import { openObligations } from './obligations';
import { printExpr } from './print';
import { searchCounterexample } from './search';
import type { OutputFacts, ProofResult, ProveOptions } from './types';

const DEFAULT_SEARCH_BUDGET = 400;
/**
 * A safety net, not the bound: 400 evaluations normally take a few milliseconds, and the verdict
 * must not depend on the machine's speed. It stays below the CLI's default 2 s worker timeout.
 */
const DEFAULT_SEARCH_SAFETY_MS = 1500;

/** Sub-trees whose evaluation is a flow signal must not be folded into a plain null. */
function containsFlow(node: ExprNode): boolean {
  if (node.kind === 'keyword') return /^Ignore(Attribute|Object)Flow$/.test(node.name);
  if (node.kind === 'call') {
    if (node.name.toLowerCase() === 'ignoreflowifnullorempty') return true;
    return node.args.some((a) => a.kind !== 'empty' && containsFlow(a));
  }
  if (node.kind === 'compare') return containsFlow(node.left) || containsFlow(node.right);
  return false;
}

/** The evaluator's exact value of an input-independent sub-tree. */
function folder(deps: EngineDeps, now: Date | undefined): (node: ExprNode) => Abs | undefined {
  return (node) => {
    if (node.kind !== 'call' && node.kind !== 'number' && node.kind !== 'compare') return undefined;
    if (containsFlow(node)) return undefined;
    const r = deps.evaluate(node, {}, now ? { now } : {});
    if (!r.ok) return isEntraFailure(r.error.code) ? FAIL_ABS : undefined;
    const v = r.value;
    if (v === null) return NULL_ABS;
    if (typeof v === 'string')
      return { one: shapeOfAll([v]), many: null, mayBeNull: false, mayFail: false };
    return {
      one: null,
      many: { elem: shapeOfAll(v.length ? v : ['']), minCount: v.length, maxCount: v.length },
      mayBeNull: false,
      mayFail: false,
    };
  };
}

export function analyzeFor(
  ast: ExprNode,
  target: Target,
  deps: EngineDeps,
  now?: Date,
): { value: Abs; values: Map<ExprNode, Abs> } {
  return analyze(ast, envFor(target.object), { rules: deps.rules, fold: folder(deps, now) });
}

function factsOf(v: Abs): OutputFacts {
  const s = anyString(v);
  return {
    minLength: s?.min ?? 0,
    maxLength: s?.max ?? 0,
    mayBeNull: v.mayBeNull || v.mayFlow === true || (v.many !== null && v.many.minCount === 0),
    mayBeEmpty: s !== null && s.min === 0,
    mayBeMulti: v.many !== null && v.many.maxCount > 1,
    mayFail: v.mayFail,
    chars: (s?.chars ?? CharSet.EMPTY).describe(),
  };
}

function attributesRead(node: ExprNode, out = new Set<string>()): string[] {
  if (node.kind === 'attr') out.add(node.name);
  else if (node.kind === 'call') {
    for (const a of node.args) if (a.kind !== 'empty') attributesRead(a, out);
  } else if (node.kind === 'compare') {
    attributesRead(node.left, out);
    attributesRead(node.right, out);
  }
  return [...out];
}

function hasParseErrors(node: ExprNode): boolean {
  if (node.kind === 'error') return true;
  if (node.kind === 'call') return node.args.some((a) => a.kind !== 'empty' && hasParseErrors(a));
  if (node.kind === 'compare') return hasParseErrors(node.left) || hasParseErrors(node.right);
  return false;
}

function provenReason(target: Target, f: OutputFacts): string {
  const parts = [`at most ${f.maxLength} characters`];
  if (target.rule.charset) parts.push(`only ${target.rule.charset.description}`);
  if (!f.mayBeEmpty) parts.push('never empty');
  if (!f.mayBeNull) parts.push('never null');
  return `For every input within Entra's attribute bounds the result has ${parts.join(', ')}: ${target.name.en}'s rule always holds.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function skipsReason(capital = true): string {
  const text =
    'for some inputs the expression gives IgnoreObjectFlow: Entra would then skip the whole object, so it would not be provisioned in CloudSSO at all. That is not "attribute not sent", so it cannot be proven safe.';
  return capital ? capitalize(text) : text;
}

export function proveWith(
  expr: string | ExprNode,
  targetId: string,
  deps: EngineDeps,
  options: ProveOptions = {},
): ProofResult {
  if (!isTargetId(targetId)) {
    return { verdict: 'unknown', reason: `There is no target "${targetId}".` };
  }
  const target = getTarget(targetId);
  let ast: ExprNode | null;
  let text: string | null;
  if (typeof expr === 'string') {
    const parsed = deps.analyzeText(expr);
    const broken = parsed.diagnostics.some((d) => d.severity === 'error');
    ast = broken ? null : parsed.ast;
    text = expr;
  } else {
    ast = hasParseErrors(expr) ? null : expr;
    text = null;
  }
  const fixFor = (original: { text: string; ast: ExprNode } | null): ProofResult['fix'] =>
    options.noFix
      ? undefined
      : generateFix({
          original,
          target,
          deps,
          analyzeAst: (a) => analyzeFor(a, target, deps, options.now).value,
          ...(options.now ? { now: options.now } : {}),
        });

  if (!ast) {
    const fix = fixFor(null);
    return {
      verdict: 'unknown',
      reason: 'The expression has errors, so Entra would not accept it and nothing can be proven.',
      ...(fix ? { fix } : {}),
    };
  }
  text ??= printExpr(ast);

  const { value, values } = analyzeFor(ast, target, deps, options.now);
  const facts = factsOf(value);
  const all = openObligations(value, target.rule);
  if (all.length === 0) {
    return { verdict: 'proven-safe', reason: provenReason(target, facts), facts };
  }
  // Skipping the object breaks no rule of the value: the search looks for what else is open.
  const skips = all.find((o) => o.kind === 'skips-object');
  const open = all.filter((o) => o !== skips);
  if (skips && open.length === 0) {
    // A deliberate skip (a scoping choice) that no rewrite could keep: no fix is offered.
    const where = blame(ast, values, skips, target.rule.maxLength);
    return { verdict: 'unknown', reason: skipsReason(), span: where.span, facts };
  }

  const searched = options.noCounterexample
    ? {}
    : searchCounterexample({
        ast,
        seedText: text ?? '',
        target,
        read: attributesRead(ast),
        open,
        env: envFor(target.object),
        deps,
        budget: options.searchBudget ?? DEFAULT_SEARCH_BUDGET,
        deadline: Date.now() + (options.searchTimeMs ?? DEFAULT_SEARCH_SAFETY_MS),
        ...(options.now ? { now: options.now } : {}),
      });
  const { counterexample, cutShort } = searched;
  const fix = fixFor(text !== null ? { text, ast } : null);
  if (counterexample) {
    return {
      verdict: 'unsafe',
      reason: `Some inputs break ${target.name.en}'s rule: ${counterexample.violation.message.replace(/\.$/, '')}.`,
      counterexample,
      facts,
      ...(fix ? { fix } : {}),
    };
  }
  const culprit = blame(ast, values, open[0]!, target.rule.maxLength);
  const notes = [
    ...(cutShort ? [`${capitalize(cutShort)}, so fewer inputs were tried than usual.`] : []),
    ...(skips ? [`Also, ${skipsReason(false)}`] : []),
  ];
  return {
    verdict: 'unknown',
    reason: [culprit.reason, ...notes].join(' '),
    span: culprit.span,
    facts,
    ...(fix ? { fix } : {}),
  };
}
