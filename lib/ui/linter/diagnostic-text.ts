import type { Diagnostic } from '../../expr/diagnostics';

/** A diagnostic's sentence in the UI language (see lib/i18n/diagnostics.ts). */
export function diagnosticText(d: Diagnostic): string {
  return d.message;
}

/** The title of a diagnostic's one-click fix in the UI language. */
export function suggestionTitle(d: Diagnostic): string {
  return d.suggestion?.title ?? '';
}

/** The linter's own explanation of its verdict, in the UI language. */
export function explanationText(lint: { explanation: string }): string {
  return lint.explanation;
}

/** The proof's reason for its verdict, in the UI language; null when it gave none. */
export function proofReasonText(proof: { reason?: string }): string | null {
  return proof.reason ?? null;
}

/** Why a value breaks the target's rule, in the UI language. */
export function reasonText(reason: string): string {
  return reason;
}

/** A corpus name's label ("Chinese only: sanitizing leaves nothing") in the UI language. */
export function corpusLabel(row: { label: string }): string {
  return row.label;
}

/** Why a test row fails or warns, in the UI language. */
export function rowReasons(row: {
  error?: { code: string; message: string };
  violations: readonly { code: string; message: string }[];
}): string[] {
  return row.error ? [row.error.message] : row.violations.map((v) => v.message);
}
