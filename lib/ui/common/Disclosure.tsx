import type { ComponentChildren, JSX } from 'preact';
import { CollapseIcon, ExpandIcon } from '../icons';

/**
 * A button that shows or hides the part it controls (aria-expanded, aria-controls). The parent
 * owns the state, so a hand-off (the guide sending an expression to the linter) can open it.
 */
export function DisclosureButton(props: {
  open: boolean;
  onToggle: (open: boolean) => void;
  controls: string;
  children: ComponentChildren;
  class?: string;
  id?: string;
}): JSX.Element {
  return (
    <button
      type="button"
      id={props.id}
      class={`disclosure ${props.class ?? ''}`.trim()}
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={() => props.onToggle(!props.open)}
    >
      {props.open ? <CollapseIcon class="icon-16" /> : <ExpandIcon class="icon-16" />}
      <span>{props.children}</span>
    </button>
  );
}
