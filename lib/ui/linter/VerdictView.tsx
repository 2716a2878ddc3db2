import type { JSX } from 'preact';
import type { OutputFacts } from '../../proof';
import { linterText } from '../../i18n/linter';
import type { LintView } from '../../workers/lint-protocol';
import { ErrorIcon, SuccessIcon, WarningIcon } from '../icons';
import { FixView } from './FixView';
import { formatInputs, formatOutput } from './format';
import { lossesOf, type Losses } from './losses';
import type { LinterModel } from './model';
import { corpusLabel, explanationText, proofReasonText, reasonText } from './diagnostic-text';

interface Props {
  model: LinterModel;
  view: LintView | null;
  onUseFix: (expression: string) => void;
  /** Prefix for element ids, as in LinterBody. */
  idPrefix: string;
  /** The linter's Details: the analysis behind the verdict. */
  details: boolean;
}

function factsText(facts: OutputFacts): string {
  const extras =
    (facts.mayBeNull ? linterText('factsNull') : '') +
    (facts.mayBeEmpty ? linterText('factsEmpty') : '') +
    (facts.mayBeMulti ? linterText('factsMulti') : '');
  return linterText('facts', {
    min: facts.minLength,
    max: Number.isFinite(facts.maxLength) ? facts.maxLength : linterText('unlimited'),
    chars: facts.chars,
    extras,
  });
}

const ICON = { unsafe: ErrorIcon, unknown: WarningIcon, 'proven-safe': SuccessIcon } as const;

/**
 * Compliance and meaning side by side: whether CloudSSO accepts every result is not whether the
 * names survive. "CloudSSO will always accept it" says only the first.
 */
function LossList({ losses }: { losses: Losses }): JSX.Element {
  const items: string[] = [];
  const d = losses.dropped[0];
  if (d)
    items.push(
      linterText('lossDropped', { n: losses.dropped.length, input: d.input, output: d.output }),
    );
  const m = losses.merged[0];
  if (m)
    items.push(
      linterText('lossMerged', {
        n: losses.merged.length,
        inputs: m
          .slice(0, 3)
          .map((l) => `“${l.input}”`)
          .join(', '),
        output: m[0]!.output,
      }),
    );
  const f = losses.fallbacks[0];
  if (f)
    items.push(
      linterText('lossFallback', { n: losses.fallbacks.length, input: f.input, output: f.output }),
    );
  return items.length === 0 ? (
    <p class="muted">{linterText('lossNone')}</p>
  ) : (
    <ul class="losses">
      {items.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}

/** The verdict, what the expression does to the names, the input that breaks it, and the fix. */
export function VerdictView({
  model,
  view,
  onUseFix,
  idPrefix,
  details,
}: Props): JSX.Element | null {
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
    ? linterText('notEvaluated')
    : proofDecided
      ? (proofReasonText(view) ?? explanationText(view))
      : explanationText(view);
  const part =
    proof?.span && proof.verdict === 'unknown'
      ? view.request.text.slice(proof.span.start, proof.span.end)
      : '';
  const headingId = `${idPrefix}-verdict-heading`;
  const Icon = ICON[model.verdict];
  const otherReason =
    proof && !proofDecided && evaluated && !overruled ? proofReasonText(view) : null;
  return (
    <section class="verdict-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{linterText('verdictHeading')}</h2>
      <div class={`verdict verdict-${model.verdict}`}>
        <Icon class="icon-16" />
        <div>
          <strong>{linterText(`verdictTitle.${model.verdict}`)}</strong>
          <p>{explanation}</p>
        </div>
      </div>
      {evaluated && model.rows.length > 0 ? (
        <>
          <h3>{linterText('lossesHeading')}</h3>
          <LossList losses={lossesOf(model.rows, view.primaryAttribute)} />
        </>
      ) : null}
      {model.breaking && (
        <dl class="breaking pairs">
          <dt>{linterText('breakingInput')}</dt>
          <dd class="mono pre">
            {model.breaking.label
              ? `${model.breaking.row ? corpusLabel({ ...model.breaking.row, label: model.breaking.label }) : model.breaking.label}\n`
              : ''}
            {formatInputs(model.breaking.inputs)}
          </dd>
          <dt>{linterText('gives')}</dt>
          <dd class="mono pre">{formatOutput(model.breaking.output)}</dd>
          <dt>{linterText('why')}</dt>
          <dd>
            <ul class="reasons">
              {model.breaking.reasons.map((r, i) => (
                <li key={i}>{reasonText(r)}</li>
              ))}
            </ul>
          </dd>
        </dl>
      )}
      {details ? (
        <div class="analysis">
          {otherReason && <p>{linterText('proofSays', { reason: otherReason })}</p>}
          {part && <p>{linterText('proofPart', { part })}</p>}
          {proof?.facts && !overruled && <p class="muted">{factsText(proof.facts)}</p>}
        </div>
      ) : null}
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
