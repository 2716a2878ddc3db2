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
    await expect(
      fillAndVerify(
        { tenantUrl: t.input, secretToken: s.input },
        { tenantUrl: 'u', secretToken: 'k' },
        () => null,
        async () => undefined,
      ),
    ).resolves.toBe('neither-kept');
  });

  it('refuses to put the key into anything but a password input', async () => {
    const t = controlledInput();
    const notPassword = controlledInput('text');
    await expect(
      fillAndVerify(
        { tenantUrl: t.input, secretToken: notPassword.input },
        { tenantUrl: 'u', secretToken: 'k' },
        () => null,
        async () => undefined,
      ),
    ).rejects.toThrow(/password/);
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
