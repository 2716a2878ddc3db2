import type { Diagnostic } from '../../expr';
import { uiLocale } from '../../i18n';
import { CORPUS_LABELS_ZH } from '../../i18n/corpus';
import {
  DIAGNOSTICS_ZH,
  EVAL_ERRORS_ZH,
  fill,
  SUGGESTIONS_ZH,
  VIOLATIONS_ZH,
  type Params,
} from '../../i18n/diagnostics';
import { linterText } from '../../i18n/linter';
import type { RowResult } from '../../lint';
import { describeInputs } from '../../lint/describe';
import { CORPUS } from '../../targets/corpus';
import { getTarget, type TargetId } from '../../targets/targets';
import type { ProofVerdict } from '../../proof';
import { isToolLimited } from '../../targets/eval-limits';
import type { LintView } from '../../workers/lint-protocol';
import { formatOutput } from './format';

/**
 * The UI boundary of the engine's findings: in English the engine's own sentences, in Chinese
 * sentences rendered from each finding's code and parameters (lib/i18n/diagnostics.ts). A code
 * without a Chinese sentence falls back to the English one (the i18n test keeps that from
 * happening for everything the engine says on its golden cases and the corpus).
 */

type Table = Record<string, string | ((p: Params) => string)>;

interface Finding {
  code: string;
  message: string;
  params?: Params;
}

const TABLES = {
  diagnostic: DIAGNOSTICS_ZH,
  suggestion: SUGGESTIONS_ZH,
  violation: VIOLATIONS_ZH,
  eval: EVAL_ERRORS_ZH,
} satisfies Record<string, Table>;

/** The Chinese sentence for a finding, or null when the catalog has none for its code. */
export function chineseText(kind: keyof typeof TABLES, finding: Finding): string | null {
  const table: Table = TABLES[kind];
  const params = finding.params ?? {};
  const template =
    (params.v !== undefined ? table[`${finding.code}/${params.v}`] : undefined) ??
    table[finding.code];
  return template ? fill(template, params) : null;
}

function render(table: Table, finding: Finding): string {
  if (uiLocale() !== 'zh-CN') return finding.message;
  const kind = (Object.keys(TABLES) as (keyof typeof TABLES)[]).find((k) => TABLES[k] === table)!;
  return chineseText(kind, finding) ?? finding.message;
}

/** A diagnostic's sentence in the UI language. */
export function diagnosticText(d: Diagnostic): string {
  return render(DIAGNOSTICS_ZH, d);
}

/** The title of a diagnostic's one-click fix in the UI language. */
export function suggestionTitle(d: Diagnostic): string {
  return render(SUGGESTIONS_ZH, { ...d, message: d.suggestion?.title ?? '' });
}

/** Why a value breaks the rule, or why its evaluation failed, in the UI language. */
export function reasonText(reason: Finding): string {
  if (reason.code === 'target.collision' && typeof reason.params?.others === 'string') {
    reason = { ...reason, params: { ...reason.params, others: othersText(reason.params.others) } };
  }
  return render(reason.code.startsWith('eval.') ? EVAL_ERRORS_ZH : VIOLATIONS_ZH, reason);
}

/** Corpus record ids by their English label: a collision names the other rows by label only. */
let idsByLabel: Map<string, string> | undefined;

/** The rows a name collides with ("label; label"), each corpus label in the UI language. */
function othersText(others: string): string {
  if (uiLocale() !== 'zh-CN') return others;
  idsByLabel ??= new Map(CORPUS.map((r) => [r.label, r.id]));
  return others
    .split('; ')
    .map((label) => {
      const id = idsByLabel!.get(label);
      return id ? (CORPUS_LABELS_ZH[id] ?? label) : label;
    })
    .join('；');
}

/** A corpus name's label ("Chinese only: sanitizing leaves nothing") in the UI language. */
export function corpusLabel(row: {
  id: string;
  source: 'corpus' | 'sample';
  label: string;
}): string {
  if (row.source !== 'corpus' || uiLocale() !== 'zh-CN') return row.label;
  return CORPUS_LABELS_ZH[row.id] ?? row.label;
}

/** Why a test row fails or warns, in the UI language. */
export function rowReasons(row: Pick<RowResult, 'error' | 'violations'>): string[] {
  return row.error ? [reasonText(row.error)] : row.violations.map(reasonText);
}

function examplesZh(rows: readonly RowResult[]): string {
  return rows
    .slice(0, 3)
    .map((r) => `${describeInputs(r.inputs)} → ${r.error ? '无值' : formatOutput(r.output)}`)
    .join('；');
}

/** The linter's explanation of its verdict, in the UI language. */
export function explanationText(view: LintView): string {
  const lint = view.lint;
  if (uiLocale() !== 'zh-CN') return lint.explanation;
  const target = getTarget(lint.targetId).name['zh-CN'];
  const rows = lint.rows;
  if (rows.length === 0) {
    const errors = lint.diagnostics.filter((d) => d.severity === 'error').length;
    return errors > 0
      ? linterText('notEvaluated')
      : '没有可求值的内容（没有测试对象和样例），结论未知。';
  }
  const failing = rows.filter((r) => !r.pass && !isToolLimited(r));
  if (failing.length > 0) {
    const more = failing.length > 3 ? `；另有 ${failing.length - 3} 个` : '';
    return `${rows.length} 个测试对象中有 ${failing.length} 个不符合 CloudSSO 对${target}的规则：${examplesZh(failing)}${more}。`;
  }
  const limited = rows.filter(isToolLimited);
  if (limited.length > 0) {
    return `${rows.length} 个测试对象中有 ${rows.length - limited.length} 个符合 CloudSSO 对${target}的规则；另有 ${limited.length} 个本工具无法求值（这是本工具的限制，不是 Entra 的失败）。`;
  }
  return `全部 ${rows.length} 个测试对象都符合 CloudSSO 对${target}的规则。这只是证据，不是证明：其他名称仍可能不符合。`;
}

/** The proof's reason for its verdict, in the UI language; null when it gave none. */
export function proofReasonText(view: LintView): string | null {
  const proof = view.proof;
  if (!proof?.reason) return null;
  const part = proof.span ? view.request.text.slice(proof.span.start, proof.span.end) : '';
  return proofReason({ ...proof, reason: proof.reason, targetId: view.lint.targetId, part });
}

/**
 * A proof verdict's reason in the UI language, from its verdict, target and counterexample (the
 * engine's English sentence is the English text). `part` is where an unknown verdict's doubt
 * starts, when known.
 */
export function proofReason(proof: {
  verdict: ProofVerdict;
  reason: string;
  targetId: TargetId;
  counterexample?: { violation: Finding } | undefined;
  part?: string;
}): string {
  if (uiLocale() !== 'zh-CN') return proof.reason;
  const target = getTarget(proof.targetId).name['zh-CN'];
  switch (proof.verdict) {
    case 'proven-safe':
      return `对于 Entra 允许的任何输入，结果都只含${target}允许的字符，长度在限制之内，且不会缺失：CloudSSO 始终会接受它。`;
    case 'unsafe':
      return proof.counterexample
        ? `有些输入不符合${target}的规则：${reasonText(proof.counterexample.violation)}。`
        : `有些输入不符合${target}的规则。`;
    case 'unknown':
      return proof.part
        ? `分析无法排除某些输入不符合规则，也没有找到这样的输入；疑点从“${proof.part}”开始。`
        : '分析无法证明此表达式对所有输入都符合规则，也没有找到反例。';
  }
}
