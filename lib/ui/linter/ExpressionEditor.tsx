import { Fragment, type JSX, type Ref, type TargetedEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { segments, type Highlight } from './positions';

interface Props {
  id: string;
  value: string;
  onInput: (value: string) => void;
  highlights: readonly Highlight[];
  rows: number;
  describedBy?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/**
 * A monospace textarea with the diagnostics' spans drawn behind it: a mirror <pre> holds the
 * same text, as text nodes only, with <mark>s over the spans, and scrolls with the textarea.
 * The textarea stays a plain, accessible form control; the mirror is hidden from assistive
 * technology (the diagnostics list says the same in words).
 */
export function ExpressionEditor(props: Props): JSX.Element {
  const mirror = useRef<HTMLPreElement>(null);
  const sync = (e: TargetedEvent<HTMLTextAreaElement>): void => {
    if (!mirror.current) return;
    mirror.current.scrollTop = e.currentTarget.scrollTop;
    mirror.current.scrollLeft = e.currentTarget.scrollLeft;
  };
  return (
    <div class="expr-editor">
      <pre class="expr-mirror" aria-hidden="true" ref={mirror}>
        {segments(props.value, props.highlights).map((s, i) => (
          <Fragment key={i}>
            {s.caretBefore && <span class={`caret sev-${s.caretBefore}`} />}
            {s.severity ? (
              <mark class={`sev-${s.severity}${s.active ? ' active' : ''}`}>{s.text}</mark>
            ) : (
              s.text
            )}
          </Fragment>
        ))}
        {/* A trailing newline in a textarea shows an empty last line; the mirror needs one too. */}
        {'\n'}
      </pre>
      <textarea
        id={props.id}
        ref={props.textareaRef}
        class="expr-input mono"
        value={props.value}
        rows={props.rows}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        aria-describedby={props.describedBy}
        onInput={(e) => {
          props.onInput(e.currentTarget.value);
          sync(e);
        }}
        onScroll={sync}
      />
    </div>
  );
}
