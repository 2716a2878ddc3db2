import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { filterProblems, outputText, type DryRunReport, type ProblemFilter } from '../../../dryrun';
import { formatInputs, formatOutput } from '../../linter/format';
import { num, sheetRow } from './format';
import { uiLocale } from '../../../i18n';
import { dryRunText } from '../../../i18n/dryrun';
import { describeProblem } from './describe';

/** Rendering 100,000 rows would stall the panel; the export has them all. */
const SHOWN_ROWS = 100;

interface Props {
  report: DryRunReport;
  filter: ProblemFilter;
  onFilter: (filter: ProblemFilter) => void;
  onExport: (filter: ProblemFilter) => void;
  busy: boolean;
}

/** The rows with problems, filtered by reason or text, and their export. */
export function ProblemRows({
  report,
  filter,
  onFilter,
  onExport,
  busy,
}: Props): JSX.Element | null {
  const [text, setText] = useState(filter.text);
  const matching = useMemo(
    () => filterProblems(report.problemRows, { ...filter, text }),
    [report, filter, text],
  );
  if (report.problemRows.length === 0) return null;
  const messageOf = new Map(report.reasons.map((r) => [r.code, r.message]));
  const shown = matching.slice(0, SHOWN_ROWS);
  return (
    <section aria-labelledby="dryrun-problems-heading">
      <h3 id="dryrun-problems-heading">{dryRunText('problemsHeading')}</h3>
      <div class="row filters">
        <label class="field">
          <span>{dryRunText('filterReason')}</span>
          <select
            value={filter.code}
            onChange={(e) => onFilter({ code: e.currentTarget.value, text })}
          >
            <option value="all">{dryRunText('allProblems')}</option>
            {report.reasons.map((r) => (
              <option key={r.code} value={r.code}>
                {describeProblem(r.code, r.message)} ({num(r.count)})
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{dryRunText('search')}</span>
          <input
            type="search"
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              onFilter({ code: filter.code, text: e.currentTarget.value });
            }}
          />
        </label>
        <button
          type="button"
          disabled={busy || matching.length === 0}
          onClick={() => onExport({ code: filter.code, text })}
        >
          {dryRunText('export')}
        </button>
      </div>
      <p class="muted">
        {dryRunText('showing', { shown: num(shown.length), matching: num(matching.length) })}
      </p>
      <table class="problems stack">
        <thead>
          <tr>
            <th scope="col">{dryRunText('colRow')}</th>
            <th scope="col">{dryRunText('colInput')}</th>
            <th scope="col">{dryRunText('colValue')}</th>
            <th scope="col">{dryRunText('colProblems')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.index}>
              <th scope="row" data-label={dryRunText('colRow')}>
                {num(sheetRow(row.index))}
                {row.id && <div class="mono muted small">{row.id}</div>}
              </th>
              <td class="mono pre" data-label={dryRunText('colInput')}>
                {formatInputs(row.inputs)}
              </td>
              <td class="mono pre" data-label={dryRunText('colValue')}>
                {outputText(row.output) === '' ? formatOutput(row.output) : outputText(row.output)}
              </td>
              <td data-label={dryRunText('colProblems')}>
                <ul class="reasons">
                  {row.problems.map((code, i) => (
                    // The engine's detail is an English sentence without its parameters: a
                    // tooltip only where it is in the UI language.
                    <li key={code} title={uiLocale() === 'en' ? row.details[i] : undefined}>
                      {describeProblem(code, messageOf.get(code) ?? code)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
