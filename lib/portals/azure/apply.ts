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

/**
 * Sets one input's value the way a user's typing would reach the page's framework. The page's
 * own handlers run inside this call (focus, input, change are dispatched synchronously), so
 * `stillSafe` is asked after the focus and right before the value is written: when it says no,
 * nothing is written and false is returned.
 */
export function setInputValue(
  input: HTMLInputElement,
  value: string,
  stillSafe: () => boolean = () => true,
): boolean {
  if (input.value === value) return stillSafe();
  const view = input.ownerDocument.defaultView;
  if (!view) return false;
  const setter = Object.getOwnPropertyDescriptor(view.HTMLInputElement.prototype, 'value')?.set;
  input.focus();
  if (!stillSafe()) {
    input.blur();
    return false;
  }
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
  return true;
}

/** `secret-changed`: the Secret token field stopped being the form's password field mid-fill. */
export type FillResultHere = FillCheck | 'secret-changed';

/**
 * Fills both fields, waits `settleMs`, finds the form again (a framework may have re-rendered
 * it) and reports whether both values are still there.
 *
 * The key is written last, and only into the field found as the form's Secret token, checked
 * again right before the write, after the page's handlers of the Tenant URL's events ran: still
 * in the page, still `type=password`, still the field the form is found with (docs/security.md).
 * A page that swaps the field's type (to show the key as text, which Chromium would keep in its
 * saved form state) or its place gets nothing. Should the page change the type while the key's
 * own events run, the field is emptied again.
 */
export async function fillAndVerify(
  fields: FormElements,
  values: { tenantUrl: string; secretToken: string },
  refind: () => FormElements | null,
  wait: (ms: number) => Promise<void>,
  settleMs = 300,
): Promise<FillResultHere> {
  const secret = fields.secretToken;
  const isPassword = (): boolean => secret.isConnected && secret.type === 'password';
  const stillTheForm = (): boolean => {
    const now = refind();
    return now !== null && now.secretToken === secret && now.tenantUrl === fields.tenantUrl;
  };
  if (!isPassword() || !stillTheForm()) return 'secret-changed';
  setInputValue(fields.tenantUrl, values.tenantUrl);
  if (!isPassword() || !stillTheForm()) return 'secret-changed';
  if (!setInputValue(secret, values.secretToken, isPassword)) return 'secret-changed';
  if (!isPassword()) {
    setInputValue(secret, '');
    return 'secret-changed';
  }
  await wait(settleMs);
  const now = refind();
  return checkFill({
    tenantUrl: now !== null && now.tenantUrl.value === values.tenantUrl,
    secretToken: now !== null && now.secretToken.value === values.secretToken,
  });
}
