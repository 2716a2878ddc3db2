/**
 * The few DOM writes of the Azure content script: putting Tenant URL and Secret token into the
 * recognized form so that the page's framework keeps them, then checking they stuck.
 *
 * Why this sequence (docs/research/entra-portal.md#filling-react-inputs): React tracks the last value it saw on the element instance; a
 * value set through the prototype's native setter is not seen by that tracker, so the following
 * `input` event reads as a change and React updates its state. (From the isolated world a plain
 * assignment would reach the native setter too; the explicit setter makes it independent of the
 * world.) Knockout's `value` binding listens to `change`, its `textInput` to `input`: both are
 * sent. Fluent's TextField drops an event whose value equals the previous one, so an unchanged
 * field gets no events at all.
 */
import { checkFill, type FillCheck } from './decide';

export interface FormElements {
  tenantUrl: HTMLInputElement;
  secretToken: HTMLInputElement;
}

/** Sets one input's value the way a user's typing would reach the page's framework. */
export function setInputValue(input: HTMLInputElement, value: string): void {
  if (input.value === value) return;
  const view = input.ownerDocument.defaultView;
  if (!view) throw new Error('The field is no longer in a page.');
  const setter = Object.getOwnPropertyDescriptor(view.HTMLInputElement.prototype, 'value')?.set;
  input.focus();
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(
    new view.InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertText',
      data: value,
    }),
  );
  input.dispatchEvent(new view.Event('change', { bubbles: true }));
  input.blur();
}

/**
 * Fills both fields, waits `settleMs`, finds the form again (a framework may have re-rendered
 * it) and reports whether both values are still there.
 */
export async function fillAndVerify(
  fields: FormElements,
  values: { tenantUrl: string; secretToken: string },
  refind: () => FormElements | null,
  wait: (ms: number) => Promise<void>,
  settleMs = 300,
): Promise<FillCheck> {
  // Checked here again, right before the write: the key only ever goes into a password input.
  if (fields.secretToken.type !== 'password')
    throw new Error('The Secret token field is not a password field.');
  setInputValue(fields.tenantUrl, values.tenantUrl);
  setInputValue(fields.secretToken, values.secretToken);
  await wait(settleMs);
  const now = refind();
  return checkFill({
    tenantUrl: now !== null && now.tenantUrl.value === values.tenantUrl,
    secretToken: now !== null && now.secretToken.value === values.secretToken,
  });
}
