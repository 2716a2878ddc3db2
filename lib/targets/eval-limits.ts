/**
 * Which evaluation errors say something about Entra, and which only about this extension.
 *
 * An IIF over a missing attribute, a bad argument or an invalid pattern fail in Entra too: they
 * make an object fail to provision, so they count against the expression. The rest are limits of
 * this tool: a time budget or the CLI's worker timeout (depend on the machine), a .NET regex
 * construct the evaluator cannot emulate, a backtracking-prone pattern it refuses to run on a long
 * input, a bug in the engine, or DefaultDomain() where the tenant's domain is not known here.
 * Those must never make a verdict "unsafe": at most "unknown", with the reason.
 */

const TOOL_LIMIT_CODES: ReadonlySet<string> = new Set([
  'eval.budget-exceeded',
  'eval.regex-risky',
  'eval.regex-unsupported',
  'eval.timeout',
  'eval.internal',
  'eval.no-default-domain',
  'internal.error',
]);

/** True when an evaluation error is one Entra itself would hit (see the header). */
export function isEntraFailure(code: string): boolean {
  return !TOOL_LIMIT_CODES.has(code);
}

/** A row this tool could not evaluate (time budget, refused regex...): no evidence either way. */
export function isToolLimited(row: { error?: { code: string } }): boolean {
  return row.error !== undefined && !isEntraFailure(row.error.code);
}

/** The sentence that goes after a tool-limit error, in diagnostics and explanations. */
export const TOOL_LIMIT_NOTE =
  'That is a limit of this extension, not a failure Entra would report, so it proves nothing either way.';
