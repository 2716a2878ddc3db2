import { describe, expect, it } from 'vitest';
import * as azure from '@/lib/portals/azure/selectors';
import * as cloudsso from '@/lib/portals/cloudsso/selectors';
import { labelSet } from '@/lib/portals/cloudsso/text';
import { keepKnownWords } from '@/lib/portals/common/known-text';
import { extensionVocabulary, vocabularyOf, wordingOf } from '@/lib/portals/common/vocabulary';

describe('the extension’s vocabulary', () => {
  const words = new Set(wordingOf([azure, cloudsso]));

  it('holds every wording of both selectors files', () => {
    for (const set of Object.values(cloudsso.LABELS))
      for (const variant of set.variants) expect(words, variant).toContain(variant);
    for (const list of [
      azure.TENANT_URL_LABELS,
      azure.SECRET_TOKEN_LABELS,
      azure.TEST_CONNECTION_LABELS,
      azure.TEST_SUCCESS_TEXTS,
      azure.TEST_FAILURE_TEXTS,
      ...Object.values(azure.ENTRY_BUTTON_LABELS),
      ...Object.values(azure.PAGE_NAMES),
    ])
      for (const word of list) expect(words, word).toContain(word);
  });

  it('holds no CSS selector or pattern', () => {
    for (const css of [
      azure.BLADE,
      azure.TEXT_INPUT,
      cloudsso.SELECTORS.dialog,
      cloudsso.NOTICE_HOST_TAG,
    ])
      expect(words).not.toContain(css);
    for (const word of words) expect(word).not.toMatch(/[[\]#>]|^\.|\\/);
  });

  it('picks up wording added later, in any exported list, object of lists or label set', () => {
    const later = {
      NEW_BUTTON_LABELS: ['Brand new button'],
      MORE: { dialog: ['A new dialog title'], nested: { deeper: ['Nested wording'] } },
      SETS: { other: labelSet(['A new label']) },
      CSS: 'div.some > .selector',
      PATTERN: /secret/,
    };
    const known = vocabularyOf(wordingOf([later]));
    for (const word of ['Brand new button', 'A new dialog title', 'Nested wording', 'A new label'])
      expect(known(word), word).toBe(true);
    expect(known('div.some > .selector')).toBe(false);
  });

  it('matches as the portals do: case, spaces, a required * and a colon are ignored', () => {
    const known = extensionVocabulary();
    for (const text of [
      'Tenant URL *',
      '  secret token: ',
      'SECRET TOKEN',
      '租户URL',
      'SCIM服務端地址（加速）',
      'SCIM服务端地址(加速)',
      '+ New configuration',
    ])
      expect(known(text), text).toBe(true);
    for (const text of ['Tenant', 'Tenant URL extra', 'Secretive', ''])
      expect(known(text), text).toBe(false);
  });
});

describe('page text in an outline', () => {
  const known = extensionVocabulary();

  it('keeps a known wording whole, and known words inside a longer text', () => {
    expect(keepKnownWords('  Tenant   URL * ', known)).toBe('Tenant URL *');
    expect(
      keepKnownWords('SCIM Endpoint: https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', known),
    ).toBe('SCIM Endpoint: a://a');
    expect(
      keepKnownWords('Error code: SystemForCrossDomainIdentityManagement 401 Unauthorized', known),
    ).toBe('Error code: Aa 9 Unauthorized');
  });

  it('never keeps a known word found inside another word', () => {
    expect(keepKnownWords('SecretZq8ddT2XkW4pLm9', known)).toBe('a9');
    expect(keepKnownWords('UsersOnly', known)).toBe('Aa');
  });
});
