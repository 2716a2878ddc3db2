import { describe, expect, it } from 'vitest';
import { coreToBackground } from '@/lib/messaging/contract/core';
import { isAcknowledged } from '@/lib/messaging/notify';
import { createRouter } from '@/lib/messaging/router';
import { classifySender } from '@/lib/messaging/sender';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const page = { id: OWN, url: `chrome-extension://${OWN}/sidepanel.html` };
const azureTop = {
  id: OWN,
  url: 'https://portal.azure.com/#home',
  origin: 'https://portal.azure.com',
  tab: { id: 4 },
  frameId: 0,
};

function router() {
  // The core messages only: every feature adds its own, with handlers tested in its own suite.
  return createRouter(
    coreToBackground,
    {
      'content.hello': () => null,
      'panel.open': () => ({ opened: false }),
      'diag.ping': () => ({ version: '1.2.3' }),
    },
    () => OWN,
  );
}

describe('classifySender', () => {
  it('knows extension pages and portal content scripts', () => {
    expect(classifySender(page, OWN)).toBe('extension');
    expect(classifySender(azureTop, OWN)).toBe('azure');
    expect(
      classifySender(
        {
          id: OWN,
          url: 'https://cloudsso.console.aliyun.com/',
          origin: 'https://cloudsso.console.aliyun.com',
          tab: { id: 1 },
        },
        OWN,
      ),
    ).toBe('cloudsso');
  });

  it('refuses other extensions, web pages and look-alikes', () => {
    expect(classifySender({ ...page, id: 'another' }, OWN)).toBeNull();
    expect(classifySender({ id: OWN, url: 'chrome-extension://another/x.html' }, OWN)).toBeNull();
    expect(
      classifySender(
        {
          ...azureTop,
          url: 'https://portal.azure.com.evil.net/',
          origin: 'https://portal.azure.com.evil.net',
        },
        OWN,
      ),
    ).toBeNull();
    // A frame whose URL and origin disagree is not trusted.
    expect(classifySender({ ...azureTop, origin: 'https://evil.example' }, OWN)).toBeNull();
    expect(classifySender({ id: OWN, url: 'https://portal.azure.com/' }, OWN)).toBeNull(); // no tab
  });
});

describe('createRouter', () => {
  it('answers a valid message from an allowed sender', async () => {
    await expect(router()({ type: 'diag.ping', payload: {} }, page)).resolves.toEqual({
      ok: true,
      data: { version: '1.2.3' },
    });
  });

  it.each([
    ['no envelope', 'ping', 'bad-message'],
    ['extra envelope keys', { type: 'diag.ping', payload: {}, x: 1 }, 'bad-message'],
    ['unknown type', { type: 'steal.secret', payload: {} }, 'unknown-type'],
    ['prototype key as type', { type: 'constructor', payload: {} }, 'unknown-type'],
    ['bad payload', { type: 'diag.ping', payload: { x: 1 } }, 'bad-message'],
  ])('refuses %s', async (_name, raw, code) => {
    await expect(router()(raw, page)).resolves.toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a message from a sender the contract does not list', async () => {
    await expect(router()({ type: 'diag.ping', payload: {} }, azureTop)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
    await expect(
      router()(
        { type: 'content.hello', payload: { href: 'https://portal.azure.com/', frame: 'top' } },
        page,
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'bad-sender' } });
  });

  it('refuses a non-https href in a hello', async () => {
    await expect(
      router()(
        { type: 'content.hello', payload: { href: 'javascript:alert(1)', frame: 'top' } },
        azureTop,
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });
});

describe('notifications', () => {
  const hello = {
    type: 'content.hello',
    payload: { href: 'https://portal.azure.com/', frame: 'top' },
  };

  it('are acknowledged by the router exactly as a content script checks', async () => {
    const reply = await router()(hello, azureTop);
    expect(reply).toEqual({ ok: true, data: null });
    expect(isAcknowledged(reply)).toBe(true);
    // The acknowledgement survives the trip between contexts (structured clone keeps null).
    expect(isAcknowledged(structuredClone(reply))).toBe(true);
  });

  it('are not acknowledged by a refusal, a handler that answers data, or anything else', async () => {
    expect(isAcknowledged(await router()(hello, page))).toBe(false);
    const answering = createRouter(
      coreToBackground,
      {
        'content.hello': () => ({ recorded: true }) as never,
        'panel.open': () => ({ opened: false }),
        'diag.ping': () => ({ version: '1' }),
      },
      () => OWN,
    );
    // The contract's reply is null: a handler answering data is a malformed reply, refused.
    const refused = await answering(hello, azureTop);
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-reply' } });
    expect(isAcknowledged(refused)).toBe(false);
    for (const other of [
      undefined,
      null,
      true,
      [],
      { ok: true },
      { ok: true, data: undefined },
      { ok: true, data: {} },
      { ok: 'true', data: null },
      { ok: true, data: null, error: 'x' },
      Object.assign(Object.create({ ok: true, data: null }) as object, {}),
    ])
      expect(isAcknowledged(other), JSON.stringify(other)).toBe(false);
  });
});
