import type { DryRunReport } from '../../../dryrun';

/**
 * Rows that will not reach CloudSSO as intended: any row that fails the target's rule, cannot be
 * evaluated, becomes empty or is not sent, or shares its name with another row (CloudSSO keeps
 * one of them). Each row counts once, whatever the number of its problems. Rows with warnings
 * only (invisible characters, say) go through and are not counted.
 */
export function notAsIntended(report: DryRunReport): number {
  const severity = new Map(report.reasons.map((r) => [r.code, r.severity]));
  return report.problemRows.filter((row) =>
    row.problems.some((code) => code.startsWith('dryrun.') || severity.get(code) === 'error'),
  ).length;
}
