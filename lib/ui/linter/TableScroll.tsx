import type { ComponentChildren, JSX } from 'preact';

/**
 * A scrolling box around a long table. It takes keyboard focus (and says what it holds), so
 * keyboard users can scroll it even when the table has no buttons.
 */
export function TableScroll({
  label,
  children,
}: {
  label: string;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <div class="table-scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
