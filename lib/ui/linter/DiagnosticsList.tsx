import type { JSX } from 'preact';
import type { Diagnostic, Severity } from '../../expr';
import { linterText } from '../../i18n/linter';
import { diagnosticText, suggestionTitle } from './diagnostic-text';
import { lineColumn } from './positions';

interface Props {
  text: string;
  diagnostics: readonly Diagnostic[];
  /** The expression changed since `text` was checked: places and fixes no longer line up. */
  stale: boolean;
  headingId: string;
  /** Codes and notes on undocumented behaviour are shown only with the linter's Details. */
  details: boolean;
  /** Highlights one diagnostic's span in the editor (null: none); by index in `diagnostics`. */
  onActivate: (index: number | null) => void;
  /** Selects a span in the expression textbox. */
  onSelect: (start: number, end: number) => void;
  onApply: (diagnostic: Diagnostic) => void;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within each, in the order of the text. */
export function bySeverity(diagnostics: readonly Diagnostic[]): { d: Diagnostic; i: number }[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => RANK[a.d.severity] - RANK[b.d.severity] || a.d.start - b.d.start);
}

/**
 * The expression's own problems, most serious first, each in one plain sentence with its place
 * and any fix. Notes (behaviour Microsoft does not document) and the engine's codes wait behind
 * the linter's Details. The places are those of `text`, the checked text.
 */
export function DiagnosticsList(props: Props): JSX.Element {
  const sorted = bySeverity(props.diagnostics);
  const shown = props.details ? sorted : sorted.filter(({ d }) => d.severity !== 'info');
  const hiddenNotes = sorted.length - shown.length;
  if (sorted.length === 0) {
    return <p class="muted">{linterText('noDiagnostics')}</p>;
  }
  return (
    <>
      {shown.length > 0 ? (
        <ul class="diagnostics" aria-labelledby={props.headingId}>
          {shown.map(({ d, i }) => {
            const { line, column } = lineColumn(props.text, d.start);
            return (
              <li
                key={`${d.code}-${d.start}-${i}`}
                class={`diagnostic sev-${d.severity}`}
                onMouseEnter={() => props.onActivate(i)}
                onMouseLeave={() => props.onActivate(null)}
                onFocusIn={() => props.onActivate(i)}
                onFocusOut={() => props.onActivate(null)}
              >
                <span class="message">{diagnosticText(d)}</span>{' '}
                <span class="diagnostic-meta">
                  <span class={`badge sev-${d.severity}`}>
                    {linterText(`severity.${d.severity}`)}
                  </span>{' '}
                  <button
                    type="button"
                    class="link where"
                    aria-label={linterText('showInExpression', { line, column })}
                    disabled={props.stale}
                    onClick={() => props.onSelect(d.start, d.end)}
                  >
                    {linterText('lineColumn', { line, column })}
                  </button>{' '}
                  {props.details ? (
                    <code class="caption muted">{linterText('code', { code: d.code })}</code>
                  ) : null}
                </span>{' '}
                {d.suggestion && (
                  <button
                    type="button"
                    class="apply"
                    disabled={props.stale}
                    onClick={() => props.onApply(d)}
                  >
                    {linterText('apply', { title: suggestionTitle(d) })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{linterText('noDiagnostics')}</p>
      )}
      {hiddenNotes > 0 ? (
        <p class="caption muted">
          {hiddenNotes === 1
            ? linterText('notesHidden1')
            : linterText('notesHidden', { n: hiddenNotes })}
        </p>
      ) : null}
    </>
  );
}
