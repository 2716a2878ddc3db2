import type { JSX } from 'preact';
import { PROBLEM, type DryRunReport, type ProblemFilter, type ProblemRow } from '../../../dryrun';
import { formatInputs } from '../../linter/format';
import { num, sheetRow } from './format';
import { dryRunText } from '../../../i18n/dryrun';
import { describeProblem } from './describe';
import { notAsIntended } from './headline';

/** Collision groups listed in full; the rest are counted (the problem rows table has them all). */
const SHOWN_GROUPS = 20;
const SHOWN_MEMBERS = 6;

interface Props {
  report: DryRunReport;
  unmapped: string[];
  targetName: string;
  onFilter: (filter: ProblemFilter) => void;
}

/** Counts, reasons and collisions of one dry-run. */
export function DryRunResults({ report, unmapped, targetName, onFilter }: Props): JSX.Element {
  const byIndex = new Map<number, ProblemRow>(report.problemRows.map((r) => [r.index, r]));
  const rowsWith = (code: string): number =>
    report.reasons.find((r) => r.code === code)?.count ?? 0;
  return (
    <>
      <p class="dryrun-headline">
        <strong>
          {notAsIntended(report) > 0
            ? dryRunText('headline', { bad: num(notAsIntended(report)), total: num(report.total) })
            : dryRunText('headlineNone', { total: num(report.total) })}
        </strong>
      </p>
      <p>{dryRunText('forTarget', { target: targetName, rows: num(report.total) })}</p>
      <dl class="counts">
        <dt>{dryRunText('countFail')}</dt>
        <dd data-count="failed">{num(report.failed)}</dd>
        <dt>{dryRunText('countEmpty')}</dt>
        <dd data-count="empty">{num(report.empty)}</dd>
        <dt>
          {report.uniqueTarget ? dryRunText('countCollisions') : dryRunText('countCollisionsNA')}
        </dt>
        <dd data-count="collisions">{report.uniqueTarget ? num(report.collisionRows) : '—'}</dd>
        <dt>{dryRunText('countErrors')}</dt>
        <dd data-count="errors">{num(report.errors)}</dd>
        <dt>{dryRunText('countPass')}</dt>
        <dd data-count="passed">{num(report.passed)}</dd>
      </dl>
      {unmapped.length > 0 && (
        <p class="trouble">
          {dryRunText('unmapped', { attrs: unmapped.map((a) => `[${a}]`).join(', ') })}
        </p>
      )}

      {report.reasons.length > 0 && (
        <table class="reasons-table stack">
          <caption>{dryRunText('reasonsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{dryRunText('colReason')}</th>
              <th scope="col">{dryRunText('colRows')}</th>
              <th scope="col">
                <span class="visually-hidden">{dryRunText('showRows')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.reasons.map((r) => {
              const reason = describeProblem(r.code, r.message);
              return (
                <tr key={r.code} class={`sev-${r.severity}`}>
                  <th scope="row" data-label={dryRunText('colReason')}>
                    {reason}
                  </th>
                  <td data-label={dryRunText('colRows')}>{num(r.count)}</td>
                  <td>
                    <button
                      type="button"
                      class="link"
                      aria-label={dryRunText('showRowsFor', { reason })}
                      onClick={() => onFilter({ code: r.code, text: '' })}
                    >
                      {dryRunText('showRows')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {report.collisions.length > 0 && (
        <section aria-labelledby="dryrun-collisions-heading">
          <h3 id="dryrun-collisions-heading">{dryRunText('collisionsHeading')}</h3>
          <p class="muted">{dryRunText('collisionsNote')}</p>
          <p>
            {dryRunText('collisionCounts', {
              exact: num(rowsWith(PROBLEM.collision)),
              caseOnly: num(rowsWith(PROBLEM.collisionCase)),
            })}
          </p>
          <ul class="collisions">
            {report.collisions.slice(0, SHOWN_GROUPS).map((g) => (
              <li key={g.key}>
                <strong>
                  {dryRunText(g.exact ? 'collisionExact' : 'collisionCase', {
                    n: num(g.members.length),
                    name: g.members[0]!.name,
                  })}
                </strong>
                <ul>
                  {g.members.slice(0, SHOWN_MEMBERS).map((m) => (
                    <li key={m.index} class="mono">
                      {dryRunText('rowRef', { row: num(sheetRow(m.index)) })}
                      {m.id ? ` · ${m.id}` : ''} ·{' '}
                      {formatInputs(byIndex.get(m.index)?.inputs ?? {})}
                      {' → '}
                      {m.name}
                    </li>
                  ))}
                  {g.members.length > SHOWN_MEMBERS && (
                    <li class="muted">…{num(g.members.length - SHOWN_MEMBERS)}</li>
                  )}
                </ul>
              </li>
            ))}
          </ul>
          {report.collisions.length > SHOWN_GROUPS && (
            <p class="muted">
              {dryRunText('moreCollisions', { n: num(report.collisions.length - SHOWN_GROUPS) })}
            </p>
          )}
        </section>
      )}
    </>
  );
}
