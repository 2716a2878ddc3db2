import { commonText } from '../../i18n/common';
import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { uiLocale } from '../../i18n';
import { getTarget, TARGETS, type TargetId } from '../../targets/targets';
import { CopyButton } from '../common/CopyButton';
import { DisclosureButton } from '../common/Disclosure';
import { CorpusTable } from './CorpusTable';
import { DiagnosticsList } from './DiagnosticsList';
import { ExpressionEditor } from './ExpressionEditor';
import { linterText } from '../../i18n/linter';
import { buildModel } from './model';
import type { Highlight } from './positions';
import type { LinterState } from './useLinter';
import { VerdictView } from './VerdictView';
import './linter.css';

interface Props {
  linter: LinterState;
  /**
   * `status`: the summary is the page's role="status" element (the popup). `live`: a polite live
   * region without the role, because the side panel's one status line belongs to its actions.
   */
  summaryRole: 'status' | 'live';
  /** Rows of the expression box. */
  rows: number;
  /** Prefix for element ids, so two linters could share a page. */
  idPrefix: string;
}

/** The linter itself, shared by the popup and the side panel. */
export function LinterBody({ linter, summaryRole, rows, idPrefix }: Props): JSX.Element {
  const { draft } = linter;
  const [active, setActive] = useState<number | null>(null);
  const [details, setDetails] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const locale = uiLocale();
  const model = useMemo(
    () => buildModel(draft.expression, draft.expression.trim() ? linter.outcome : null),
    [draft.expression, linter.outcome],
  );
  const view = linter.outcome?.kind === 'done' ? linter.outcome.view : null;
  // Spans are offsets into the text that was checked. Once the box holds other text they point
  // at the wrong characters: nothing is drawn, and selecting or applying waits for the next check.
  const current = linter.checkedText === draft.expression;
  const highlights: Highlight[] = current
    ? model.diagnostics.map((d, i) => ({
        start: d.start,
        end: d.end,
        severity: d.severity,
        active: i === active,
      }))
    : [];
  const id = (name: string): string => `${idPrefix}-${name}`;
  const target = getTarget(draft.targetId);
  const primary = view?.primaryAttribute ?? target.recommendedSources[0] ?? 'displayName';

  const select = (start: number, end: number): void => {
    const el = textarea.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(start, end);
  };

  return (
    <div class="linter" id={id('body')} aria-busy={linter.checking}>
      <label for={id('expr')} class="field-label">
        {linterText('expression')}
      </label>
      <ExpressionEditor
        id={id('expr')}
        value={draft.expression}
        onInput={linter.setExpression}
        highlights={highlights}
        rows={rows}
        describedBy={id('expr-hint')}
        textareaRef={textarea}
      />
      <div class="row hint-row">
        <p id={id('expr-hint')} class="hint muted">
          {linterText('expressionHint')}
        </p>
        <CopyButton
          text={() => draft.expression || null}
          name={linterText('copyExpression')}
          disabled={!draft.expression}
        />
      </div>

      <label for={id('target')} class="field-label">
        {linterText('target')}
      </label>
      <select
        id={id('target')}
        value={draft.targetId}
        aria-describedby={id('target-rule')}
        onChange={(e) => linter.setTarget(e.currentTarget.value as TargetId)}
      >
        {TARGETS.map((tg) => (
          <option key={tg.id} value={tg.id}>
            {tg.name[locale]}
          </option>
        ))}
      </select>
      <p id={id('target-rule')} class="hint muted">
        {target.summary[locale]}
      </p>

      {summaryRole === 'status' ? (
        <p role="status" aria-live="polite" class="linter-summary">
          {model.summary}
        </p>
      ) : (
        <p aria-live="polite" class="linter-summary">
          {model.summary}
        </p>
      )}
      {model.trouble && <p class="trouble">{model.trouble}</p>}
      {draft.expression.trim() !== '' && (
        <DisclosureButton
          open={details}
          onToggle={setDetails}
          controls={id('body')}
          class="small details-toggle"
        >
          {commonText('details')}
        </DisclosureButton>
      )}

      {draft.expression.trim() !== '' && (
        <>
          <h2 id={id('diag-heading')}>{linterText('diagnosticsHeading')}</h2>
          <DiagnosticsList
            text={linter.checkedText}
            diagnostics={model.diagnostics}
            stale={!current}
            headingId={id('diag-heading')}
            details={details}
            onActivate={setActive}
            onSelect={(start, end) => {
              if (current) select(start, end);
            }}
            onApply={(d) => {
              // The buttons are disabled while stale; this guards a click already on its way.
              if (!d.suggestion || !current) return;
              const text = draft.expression;
              linter.setExpression(text.slice(0, d.start) + d.suggestion.text + text.slice(d.end));
              setActive(null);
            }}
          />
          <VerdictView
            model={model}
            view={view}
            onUseFix={linter.setExpression}
            idPrefix={idPrefix}
            details={details}
          />
          {model.rows.length > 0 && <h2>{linterText('corpusHeading')}</h2>}
          <CorpusTable rows={model.rows} failing={model.failing} idPrefix={idPrefix} />
        </>
      )}

      <label for={id('samples')} class="field-label">
        {linterText('samples')}
      </label>
      <textarea
        id={id('samples')}
        class="mono samples"
        rows={3}
        value={draft.samples}
        spellcheck={false}
        aria-describedby={id('samples-hint')}
        onInput={(e) => linter.setSamples(e.currentTarget.value)}
      />
      <p id={id('samples-hint')} class="hint muted">
        {linterText('samplesHint', { attr: primary })}
      </p>
    </div>
  );
}
