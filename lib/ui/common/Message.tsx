import type { ComponentChildren, JSX } from 'preact';
import { ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from '../icons';

export type Tone = 'info' | 'ok' | 'warn' | 'error';

const ICONS = { info: InfoIcon, ok: SuccessIcon, warn: WarningIcon, error: ErrorIcon } as const;

/** A message bar (Fluent MessageBar): an outcome, a warning or a problem, with its icon. */
export function Message(props: {
  tone: Tone;
  children: ComponentChildren;
  role?: 'note' | 'alert' | 'status';
  class?: string;
}): JSX.Element {
  const Icon = ICONS[props.tone];
  return (
    <div class={`message tone-${props.tone} ${props.class ?? ''}`.trim()} role={props.role}>
      <Icon class="icon-16" />
      <div>{props.children}</div>
    </div>
  );
}
