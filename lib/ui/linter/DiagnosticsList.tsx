import type { JSX } from 'preact';
import type { Diagnostic } from '../../expr/diagnostics';
import { t } from '../../i18n/linter';
import { lineColumn } from './positions';

interface Props {
  text: string;
  diagnostics: readonly Diagnostic[];
  /** The expression changed since `text` was checked: places and fixes no longer line up. */
  stale: boolean;
  headingId: string;
  /** Highlights one diagnostic's span in the editor (null: none). */
  onActivate: (index: number | null) => void;
  /** Selects a span in the expression textbox. */
  onSelect: (start: number, end: number) => void;
  onApply: (diagnostic: Diagnostic) => void;
}

/**
 * The expression's own problems with their place, in the engine's plain words, and any fix. The
 * places are those of `text`, the checked text.
 */
export function DiagnosticsList(props: Props): JSX.Element {
  if (props.diagnostics.length === 0) {
    return <p class="muted">{t('noDiagnostics')}</p>;
  }
  return (
    <ul class="diagnostics" aria-labelledby={props.headingId}>
      {props.diagnostics.map((d, i) => {
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
            <span class={`badge sev-${d.severity}`}>{t(`severity.${d.severity}`)}</span>{' '}
            <button
              type="button"
              class="link where"
              aria-label={t('showInExpression', { line, column })}
              disabled={props.stale}
              onClick={() => props.onSelect(d.start, d.end)}
            >
              {t('lineColumn', { line, column })}
            </button>{' '}
            <span class="message">{d.message}</span>{' '}
            {d.suggestion && (
              <button
                type="button"
                class="apply"
                disabled={props.stale}
                onClick={() => props.onApply(d)}
              >
                {t('apply', { title: d.suggestion.title })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
