import { dryRunText, type DryRunMessage } from '../../../i18n/dryrun';

const KNOWN_REASONS = new Set<string>([
  'dryrun.empty',
  'dryrun.collision',
  'dryrun.collision-case',
  'target.charset',
  'target.too-long',
  'target.too-short',
  'target.empty',
  'target.null',
  'target.multi-valued',
  'target.invisible-chars',
  'target.untrimmed',
]);

/** A problem code in the admin's words; unknown codes fall back to the engine's own message. */
export function describeProblem(code: string, fallback: string): string {
  if (KNOWN_REASONS.has(code)) return dryRunText(`reason.${code}` as DryRunMessage);
  if (code.startsWith('eval.')) return dryRunText('reason.eval', { code });
  return fallback;
}
