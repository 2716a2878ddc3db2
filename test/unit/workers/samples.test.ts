import { describe, expect, it } from 'vitest';
import { LINTER_TARGET_IDS } from '@/lib/storage';
import { TARGET_IDS } from '@/lib/lint';
import { parseOwnSamples } from '@/lib/workers/samples';

describe('parseOwnSamples', () => {
  it('takes each line as the primary attribute, JSON objects as several attributes', () => {
    expect(
      parseOwnSamples(
        'Zoë Ångström\n\n  \n{"givenName": "Ana", "surname": null}\n{not json',
        'displayName',
      ),
    ).toEqual([
      { label: 'Zoë Ångström', attrs: { displayName: 'Zoë Ångström' } },
      {
        label: '{"givenName": "Ana", "surname": null}',
        attrs: { givenName: 'Ana', surname: null },
      },
      { label: '{not json', attrs: { displayName: '{not json' } },
    ]);
  });

  it('keeps spaces inside a value (they are what the expression must handle)', () => {
    expect(parseOwnSamples('  Mary Ann ', 'displayName')[0]!.attrs).toEqual({
      displayName: '  Mary Ann ',
    });
  });
});

describe('the stored draft', () => {
  it('knows exactly the linter targets', () => {
    expect([...LINTER_TARGET_IDS]).toEqual([...TARGET_IDS]);
  });
});
