import type { JSX } from 'preact';
import type { OutputFacts } from '../../proof';
import type { LintView } from '../../workers/lint-protocol';
import { FixView } from './FixView';
import { formatInputs, formatOutput } from './format';
import { t } from '../../i18n/linter';
import type { LinterModel } from './model';

interface Props {
  model: LinterModel;
  view: LintView | null;
  onUseFix: (expression: string) => void;
  /** Prefix for element ids, as in LinterBody. */
  idPrefix: string;
}

function factsText(facts: OutputFacts): string {
  const extras =
    (facts.mayBeNull ? t('factsNull') : '') +
    (facts.mayBeEmpty ? t('factsEmpty') : '') +
    (facts.mayBeMulti ? t('factsMulti') : '');
  return t('facts', {
    min: facts.minLength,
    max: Number.isFinite(facts.maxLength) ? facts.maxLength : t('unlimited'),
    chars: facts.chars,
    extras,
  });
}

/** The verdict, the input that breaks the expression, the proof's reasons and its fix. */
export function VerdictView({ model, view, onUseFix, idPrefix }: Props): JSX.Element | null {
  if (!view || model.verdict === null) return null;
  const proof = view.proof;
  // A proof without facts analysed nothing (the expression has errors); it may still bring a fix.
  const evaluated = view.lint.rows.length > 0 || proof?.facts !== undefined;
  // A test object or sample that breaks the rule wins over a proof made within Entra's bounds
  // (an admin's sample can lie outside them): "always holds" must not stand beside it.
  const overruled = model.verdict === 'unsafe' && proof?.verdict === 'proven-safe';
  // Whoever decided the verdict explains it; the other's words follow as a detail.
  const proofDecided =
    view.lint.verdict !== 'unsafe' && proof !== undefined && proof.verdict !== 'unknown';
  const explanation = !evaluated
    ? t('notEvaluated')
    : proofDecided
      ? (proof.reason ?? view.lint.explanation)
      : view.lint.explanation;
  const part =
    proof?.span && proof.verdict === 'unknown'
      ? view.request.text.slice(proof.span.start, proof.span.end)
      : '';
  const headingId = `${idPrefix}-verdict-heading`;
  return (
    <section class="verdict-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('verdictHeading')}</h2>
      <p class={`verdict verdict-${model.verdict}`}>
        <strong>{t(`verdictTitle.${model.verdict}`)}</strong>
        {' — '}
        {explanation}
      </p>
      {model.breaking && (
        <dl class="breaking">
          <dt>{t('breakingInput')}</dt>
          <dd class="mono pre">
            {model.breaking.label ? `${model.breaking.label}\n` : ''}
            {formatInputs(model.breaking.inputs)}
          </dd>
          <dt>{t('gives')}</dt>
          <dd class="mono pre">{formatOutput(model.breaking.output)}</dd>
          <dt>{t('why')}</dt>
          <dd>
            <ul class="reasons">
              {model.breaking.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </dd>
        </dl>
      )}
      {proof?.reason && !proofDecided && evaluated && !overruled && (
        <p>{t('proofSays', { reason: proof.reason })}</p>
      )}
      {part && <p>{t('proofPart', { part })}</p>}
      {proof?.facts && !overruled && <p class="muted">{factsText(proof.facts)}</p>}
      {proof?.fix && (
        <FixView
          original={view.request.text}
          fix={proof.fix}
          onUse={onUseFix}
          headingId={`${idPrefix}-fix-heading`}
        />
      )}
    </section>
  );
}
