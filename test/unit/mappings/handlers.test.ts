import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetMappingTab, mappingsHandlers } from '@/lib/background/handlers/mappings';
import { mappingsToBackground } from '@/lib/messaging/contract/mappings';
import { createRouter } from '@/lib/messaging/router';
import { mappingPagesItem, secretItem } from '@/lib/storage';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const route = createRouter(mappingsToBackground, mappingsHandlers, () => OWN);
const view = {
  id: OWN,
  url: 'https://sandbox-2.reactblade.portal.azure.net/',
  origin: 'https://sandbox-2.reactblade.portal.azure.net',
  tab: { id: 4, windowId: 1 },
  frameId: 7,
};
const table = (source: string) => ({
  docStart: 1,
  tables: [
    {
      object: 'user',
      rows: [
        {
          object: 'user',
          kind: 'expression',
          source,
          target: 'displayName',
          matching: null,
          defaultValue: null,
        },
      ],
      unread: [],
    },
  ],
  edit: null,
});
const send = (payload: unknown, sender: object = view) =>
  route({ type: 'mappings.report', payload }, sender as never);

beforeEach(() => fakeBrowser.reset());

describe('mappings.report', () => {
  it('keeps a frame’s table per tab and frame, and forgets it when the frame shows none', async () => {
    expect(await send(table('[displayName]'))).toMatchObject({ ok: true, data: { kept: true } });
    expect(Object.keys(await mappingPagesItem.get())).toEqual(['4:7']);
    await send({ docStart: 1, tables: [], edit: null });
    expect(await mappingPagesItem.get()).toEqual({});
  });

  it('never stores a report that contains the kept key', async () => {
    await send(table('[displayName]'));
    await secretItem.set({
      secret: 'Zx8aAJCtpbyPJ8saXeYDgyw4Q2',
      credentialId: null,
      directoryKey: 'intl:d-1',
      capturedAt: 0,
      forgetAt: Date.now() + 60_000,
    } as never);
    expect(await send(table('Join("", "Zx8aAJCtpbyPJ8saXeYDgyw4Q2")'))).toMatchObject({
      data: { kept: false },
    });
    expect(JSON.stringify(await mappingPagesItem.get())).not.toContain(
      'Zx8aAJCtpbyPJ8saXeYDgyw4Q2',
    );
  });

  it('refuses malformed payloads and senders other than the Azure frames', async () => {
    expect(
      await send({ docStart: 1, tables: [{ object: 'robot', rows: [], unread: [] }], edit: null }),
    ).toMatchObject({ ok: false });
    const other = {
      ...view,
      url: 'https://cloudsso.console.aliyun.com/',
      origin: 'https://cloudsso.console.aliyun.com',
    };
    expect(await send(table('[x]'), other)).toMatchObject({ ok: false });
    expect(await mappingPagesItem.get()).toEqual({});
  });

  it('forgets a closed tab', async () => {
    await send(table('[displayName]'));
    await forgetMappingTab(4);
    expect(await mappingPagesItem.get()).toEqual({});
  });
});
