/**
 * The linter: static diagnostics of an expression plus its results over the built-in corpus
 * (and the admin's samples), checked against a CloudSSO target's rule. Pure: no DOM, no Node.
 */

import type { ExprNode, Diagnostic, Attributes, Output } from '../expr';
import { analyzeExpression, evaluate } from '../expr';
import { checkOutput, quote, type Violation } from '../targets/check-output';
import { corpusFor } from '../targets/corpus';
import { isToolLimited, TOOL_LIMIT_NOTE } from '../targets/eval-limits';
import { getTarget, type Target, type TargetId } from '../targets/targets';
import { describeInputs, describeRow } from './describe';
import { upgradeWithProof } from './proof-upgrade';

import type { LintOptions, LintResult, RowResult } from './types';

interface Row {
  id: string;
  source: 'corpus' | 'sample';
  label: string;
  attrs: Attributes;
}

/** Lints `text` for `targetId`. Never throws for any input text. */

export function lint(text: string, targetId: TargetId, options: LintOptions = {}): LintResult {
  const target = getTarget(targetId);
  const analysis = analyzeExpression(text, { context: options.context ?? 'scim-app' });
  const diagnostics = [...analysis.diagnostics];
  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;

  const proofOptions = {
    prove: options.prove !== false,
    text,
    ...(options.now ? { now: options.now } : {}),
  };
  if (!analysis.ast || errorCount > 0) {
    return upgradeWithProof(
      {
        targetId,
        diagnostics,
        verdict: 'unknown',
        explanation: `The expression has ${errorCount} error${errorCount === 1 ? '' : 's'}; Entra would not accept it, so it was not evaluated.`,
        rows: [],
      },
      text,
      proofOptions,
    );
  }

  const ast = analysis.ast;
  const read = attributesRead(ast);
  const rows = rowsFor(target, options);
  const results = rows.map((row, index) => {
    const inputs = pickInputs(row.attrs, read);
    options.onRowStart?.(index, { id: row.id, source: row.source, label: row.label, inputs });
    return evaluateRow(ast, target, row, inputs, options);
  });
  markCollisions(target, results);

  for (const r of results) diagnostics.push(...rowDiagnostics(r, text));

  const failing = results.filter((r) => !r.pass && !isToolLimited(r));
  const first = failing[0];
  if (first) {
    const row = rows.find((r) => r.id === first.id)!;
    return upgradeWithProof(
      {
        targetId,
        diagnostics,
        verdict: 'unsafe',
        explanation: unsafeExplanation(target, failing, results.length),
        rows: results,
        counterexample: {
          rowId: first.id,
          label: first.label,
          attrs: row.attrs,
          ...(first.error ? {} : { output: first.output }),
          reasons: first.error
            ? [first.error.message]
            : first.violations.filter((v) => v.severity === 'error').map((v) => v.message),
        },
      },
      ast,
      proofOptions,
    );
  }
  return upgradeWithProof(
    {
      targetId,
      diagnostics,
      verdict: 'unknown',
      explanation: passingExplanation(target, results),
      rows: results,
    },
    ast,
    proofOptions,
  );
}

function passingExplanation(target: Target, results: readonly RowResult[]): string {
  if (results.length === 0) {
    return 'Nothing was evaluated (no corpus and no samples); the verdict is unknown.';
  }
  const limited = results.filter(isToolLimited);
  const first = limited[0];
  if (!first) {
    return `All ${results.length} test objects pass the CloudSSO rule for ${target.name.en}. That is evidence, not proof: other names may still break it.`;
  }
  const passed = results.length - limited.length;
  return `${passed} of ${results.length} test objects pass the CloudSSO rule for ${target.name.en}; ${limited.length} could not be evaluated by this tool (${describeInputs(first.inputs)}: ${first.error!.message}). ${TOOL_LIMIT_NOTE}`;
}

function rowsFor(target: Target, options: LintOptions): Row[] {
  const corpus = options.corpus === false ? [] : (options.corpus ?? corpusFor(target.object));
  const rows: Row[] = corpus
    .filter((r) => r.object === target.object)
    .map((r) => ({ id: r.id, source: 'corpus', label: r.label, attrs: r.attrs }));
  (options.samples ?? []).forEach((s, i) => {
    rows.push({
      id: `sample-${i + 1}`,
      source: 'sample',
      label: s.label ?? `sample ${i + 1}`,
      attrs: s.attrs,
    });
  });
  return rows;
}

function evaluateRow(
  ast: ExprNode,
  target: Target,
  row: Row,
  inputs: Attributes,
  options: LintOptions,
): RowResult {
  const base = { id: row.id, source: row.source, label: row.label, inputs };
  const result = evaluate(ast, row.attrs, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
  });
  if (!result.ok) {
    return {
      ...base,
      error: { code: result.error.code, message: result.error.message },
      pass: false,
      violations: [],
    };
  }
  // IgnoreObjectFlow: Entra skips the object. No rule of the value is broken, but the object is
  // not provisioned at all, which the admin must see (and the proof never calls safe).
  const violations: Violation[] =
    result.flow === 'ignore-object'
      ? [
          {
            code: 'target.object-skipped',
            severity: 'warning',
            message:
              'that null is IgnoreObjectFlow: Entra skips this object, so it is not provisioned in CloudSSO at all',
          },
        ]
      : checkOutput(target, result.value);
  return {
    ...base,
    output: result.value,
    pass: !violations.some((v) => v.severity === 'error'),
    violations,
  };
}

/** Attribute names the expression reads, in order of first use. */
export function attributesRead(node: ExprNode): string[] {
  const seen = new Set<string>();
  const visit = (n: ExprNode): void => {
    if (n.kind === 'attr') seen.add(n.name);
    else if (n.kind === 'call') {
      for (const a of n.args) if (a.kind !== 'empty') visit(a);
    } else if (n.kind === 'compare') {
      visit(n.left);
      visit(n.right);
    }
  };
  visit(node);
  return [...seen];
}

/** The object's own inputs the expression reads: `[constructor]` is no attribute of `{}`. */
function pickInputs(attrs: Attributes, read: readonly string[]): Attributes {
  if (read.length === 0) return { ...attrs };
  return Object.fromEntries(
    read.map((name) => [name, Object.hasOwn(attrs, name) ? (attrs[name] ?? null) : null]),
  );
}

function describeOutput(output: Output | undefined): string {
  if (output === undefined || output === null) return 'null';
  if (Array.isArray(output)) return `[${output.map((v) => quote(v, 30)).join(', ')}]`;
  return quote(output);
}

function rowContext(r: RowResult): string {
  return `With ${describeRow(r)}`;
}

function rowDiagnostics(r: RowResult, text: string): Diagnostic[] {
  if (r.error && isToolLimited(r)) {
    return [
      {
        code: r.error.code.startsWith('eval.') ? r.error.code : `eval.${r.error.code}`,
        severity: 'warning',
        message: `${rowContext(r)}, this tool could not evaluate the expression: ${r.error.message} ${TOOL_LIMIT_NOTE}`,
        start: 0,
        end: text.length,
      },
    ];
  }
  if (r.error) {
    return [
      {
        code: r.error.code.startsWith('eval.') ? r.error.code : `eval.${r.error.code}`,
        severity: 'error',
        message: `${rowContext(r)}, the evaluation fails: ${r.error.message}`,
        start: 0,
        end: text.length,
      },
    ];
  }
  return r.violations.map((v) => ({
    code: v.code,
    severity: v.severity,
    message: `${rowContext(r)}, the expression gives ${describeOutput(r.output)}: ${v.message}.`,
    start: 0,
    end: text.length,
  }));
}

/**
 * Two different objects mapped to the same unique name: the second one fails to provision.
 * Compared ignoring case because CloudSSO's case sensitivity is not documented (docs/research/cloudsso.md#open-questions).
 */
function markCollisions(target: Target, results: RowResult[]): void {
  if (!target.rule.unique) return;
  const byValue = new Map<string, RowResult[]>();
  for (const r of results) {
    if (!r.pass || typeof r.output !== 'string' || r.output === '') continue;
    const key = r.output.toLowerCase();
    byValue.set(key, [...(byValue.get(key) ?? []), r]);
  }
  for (const group of byValue.values()) {
    if (group.length < 2) continue;
    for (const r of group) {
      const others = group.filter((o) => o !== r).map((o) => describeInputs(o.inputs));
      r.violations.push({
        code: 'target.collision',
        severity: 'warning',
        message: `${others.join('; ')} ${others.length === 1 ? 'gives' : 'give'} the same value (ignoring case), and ${target.cloudssoField} must be unique in the directory`,
        params: {
          others: group
            .filter((o) => o !== r)
            .map((o) => o.label)
            .join('; '),
          field: target.cloudssoField,
        },
      });
    }
  }
}

function unsafeExplanation(target: Target, failing: RowResult[], total: number): string {
  const examples = failing.slice(0, 3).map((r) => {
    const why = r.error
      ? `evaluation error (${r.error.code})`
      : r.violations
          .filter((v) => v.severity === 'error')
          .map((v) => v.code.replace(/^target\./, ''))
          .join(', ');
    return `${describeInputs(r.inputs)} → ${r.error ? 'no value' : describeOutput(r.output)} (${why})`;
  });
  const more = failing.length > 3 ? `; and ${failing.length - 3} more` : '';
  return `${failing.length} of ${total} test objects break the CloudSSO rule for ${target.name.en}: ${examples.join('; ')}${more}.`;
}
