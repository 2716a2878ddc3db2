import { describe, expect, it } from 'vitest';
import { fillAndVerify, setInputValue } from '@/lib/portals/azure/apply';
import { checkFill } from '@/lib/portals/azure/decide';

/**
 * A controlled input modelled on React's value tracker: the page's own `.value =` assignments
 * update the tracker, so the next input event looks like "no change" and the state keeps the old
 * value; only a value set past the tracker (native setter) reaches the state.
 */
function controlledInput(type = 'text'): { input: HTMLInputElement; state: { value: string } } {
  const input = document.createElement('input');
  input.type = type;
  document.body.append(input);
  const state = { value: '' };
  const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  let tracked = '';
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => proto.get!.call(input) as string,
    set: (v: string) => {
      tracked = v;
      proto.set!.call(input, v);
    },
  });
  input.addEventListener('input', () => {
    const now = proto.get!.call(input) as string;
    if (now !== tracked) {
      tracked = now;
      state.value = now;
    }
    // Re-render from state: an ignored change is reverted.
    proto.set!.call(input, state.value);
  });
  return { input, state };
}

describe('filling a controlled input', () => {
  it('the model itself ignores a plain assignment from the page (so the test can fail)', () => {
    const { input, state } = controlledInput();
    input.value = 'plain';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(state.value).toBe('');
    expect(input.value).toBe('');
  });

  it('reaches the framework state through the native setter and events, in order', () => {
    const { input, state } = controlledInput();
    const seen: string[] = [];
    for (const t of ['input', 'change'])
      input.addEventListener(t, (e) =>
        seen.push(`${e.type}:${(e.target as HTMLInputElement).value}:${e.bubbles}`),
      );
    setInputValue(input, 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2');
    expect(state.value).toBe('https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2');
    expect(seen).toEqual([
      'input:https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2:true',
      'change:https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2:true',
    ]);
  });

  it('sends no events when the field already holds the value', () => {
    const { input } = controlledInput();
    setInputValue(input, 'x');
    let events = 0;
    input.addEventListener('input', () => events++);
    setInputValue(input, 'x');
    expect(events).toBe(0);
  });

  it('verifies after the wait, against the form found again', async () => {
    const t = controlledInput();
    const s = controlledInput('password');
    const waits: number[] = [];
    const result = await fillAndVerify(
      { tenantUrl: t.input, secretToken: s.input },
      { tenantUrl: 'https://a/scim/v2', secretToken: 'k' },
      () => ({ tenantUrl: t.input, secretToken: s.input }),
      async (ms) => void waits.push(ms),
    );
    expect(result).toBe('filled');
    expect(waits).toEqual([300]);
    expect([t.state.value, s.state.value]).toEqual(['https://a/scim/v2', 'k']);
  });

  it('reports values that did not stick (a framework that reset them)', async () => {
    const t = controlledInput();
    const s = controlledInput('password');
    const result = await fillAndVerify(
      { tenantUrl: t.input, secretToken: s.input },
      { tenantUrl: 'https://a/scim/v2', secretToken: 'k' },
      () => {
        s.input.setAttribute('value', '');
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
          s.input,
          '',
        );
        return { tenantUrl: t.input, secretToken: s.input };
      },
      async () => undefined,
    );
    expect(result).toBe('secret-not-kept');
  });

  it('refuses to put the key into anything but a password input', async () => {
    const t = controlledInput();
    const notPassword = controlledInput('text');
    await expect(
      fillAndVerify(
        { tenantUrl: t.input, secretToken: notPassword.input },
        { tenantUrl: 'u', secretToken: 'k' },
        () => ({ tenantUrl: t.input, secretToken: notPassword.input }),
        async () => undefined,
      ),
    ).resolves.toBe('secret-changed');
    expect(notPassword.input.value).toBe('');
    expect(t.input.value).toBe('');
  });
});

describe('checking a fill', () => {
  it('names which value did not stick', () => {
    expect(checkFill({ tenantUrl: true, secretToken: true })).toBe('filled');
    expect(checkFill({ tenantUrl: false, secretToken: true })).toBe('tenant-url-not-kept');
    expect(checkFill({ tenantUrl: true, secretToken: false })).toBe('secret-not-kept');
    expect(checkFill({ tenantUrl: false, secretToken: false })).toBe('neither-kept');
  });
});

describe('the Secret token field, checked right before the key is written (#11)', () => {
  const KEY = 'Zq8ddT2XkW4pLm9RvB3nYc7';
  const fill = (
    t: HTMLInputElement,
    secret: HTMLInputElement,
    refind: () => { tenantUrl: HTMLInputElement; secretToken: HTMLInputElement } | null = () => ({
      tenantUrl: t,
      secretToken: secret,
    }),
  ) =>
    fillAndVerify(
      { tenantUrl: t, secretToken: secret },
      { tenantUrl: 'https://a/scim/v2', secretToken: KEY },
      refind,
      async () => undefined,
    );

  it('writes nothing when the page turns it into a text field on the Tenant URL’s input event', async () => {
    const t = controlledInput();
    const s = controlledInput('password');
    t.input.addEventListener('input', () => (s.input.type = 'text'));
    await expect(fill(t.input, s.input)).resolves.toBe('secret-changed');
    expect(s.input.value).toBe('');
    expect(s.state.value).toBe('');
  });

  it('writes nothing when the page turns it into a text field as it takes focus', async () => {
    const t = controlledInput();
    const s = controlledInput('password');
    s.input.addEventListener('focus', () => (s.input.type = 'text'));
    await expect(fill(t.input, s.input)).resolves.toBe('secret-changed');
    expect(s.input.value).toBe('');
  });

  it('writes nothing when the field is removed, or another takes its place, during the fill', async () => {
    const t = controlledInput();
    const s = controlledInput('password');
    t.input.addEventListener('change', () => s.input.remove());
    await expect(fill(t.input, s.input)).resolves.toBe('secret-changed');
    expect(s.input.value).toBe('');

    const t2 = controlledInput();
    const s2 = controlledInput('password');
    const other = controlledInput('password');
    let swapped = false;
    t2.input.addEventListener('input', () => (swapped = true));
    await expect(
      fill(t2.input, s2.input, () => ({
        tenantUrl: t2.input,
        secretToken: swapped ? other.input : s2.input,
      })),
    ).resolves.toBe('secret-changed');
    expect([s2.input.value, other.input.value]).toEqual(['', '']);
  });

  it('empties the field again when the page shows the key as text while it is written', async () => {
    const t = controlledInput();
    const s = controlledInput('password');
    s.input.addEventListener('input', () => (s.input.type = 'text'));
    await expect(fill(t.input, s.input)).resolves.toBe('secret-changed');
    expect(s.input.value).toBe('');
  });
});
