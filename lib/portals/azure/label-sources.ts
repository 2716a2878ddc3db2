/**
 * Where a field's label was read, highest rank first, the way password managers record label
 * sources apart (docs/research/entra-portal.md#password-manager-label-collection):
 * - `label-tag`: `label[for]` and a wrapping `<label>`;
 * - `label-aria`: `aria-labelledby`, `aria-label`;
 * - `container`: the label of the Fluent/Fx field container holding only this field;
 * - `label-top`: the text right above the field;
 * - `label-left`: the text just before it in its line, or in the previous cell of its row;
 * - `placeholder`: never enough on its own.
 * Shared by extract-labels.ts (which reads them) and decide-form.ts (which ranks them).
 */
export const LABEL_SOURCES = [
  'label-tag',
  'label-aria',
  'container',
  'label-top',
  'label-left',
  'placeholder',
] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

/**
 * Sources read from where text sits, not from an association the page declares: a field found
 * only through them is filled only inside a confirmed form (decide-form.ts).
 */
export const VISUAL_SOURCES: ReadonlySet<LabelSource> = new Set(['label-top', 'label-left']);

export interface FieldLabel {
  text: string;
  source: LabelSource;
}
