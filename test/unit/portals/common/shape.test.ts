import { describe, expect, it } from 'vitest';
import { shapeText, shapeWord } from '@/lib/portals/common/shape';

describe('the shape of a word', () => {
  it.each([
    ['lower case', ['provisioning', 'a', 'zoë'], 'aaaa'],
    ['capitalized', ['Provisioning', 'A', 'Ångström'], 'Aaaa'],
    ['capitals', ['SCIM', 'AB', 'ÉTÉ'], 'AAAA'],
    ['mixed case, whatever the pattern', ['iPhone', 'aBcD', 'AbCd', 'abCD', 'McDonald'], 'Aa'],
    ['digits', ['7', '2024', '123456789012'], '9'],
    [
      'letters with digits or inner punctuation',
      ['a1', 'v2', 'd-0a1b2c3d', 'Sign-in', 'x.y'],
      'a9',
    ],
    [
      'links of any scheme',
      ['https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/', 'http://x', 'ftp://a/b'],
      'a://a',
    ],
    ['e-mail addresses', ['jane.doe@example.com', 'x@y'], 'a@a'],
    ['caseless letters', ['用户', '张三', 'テナント', '한국어'], '字'],
  ])('%s', (_name, words, shape) => {
    for (const word of words) expect(shapeWord(word), word).toBe(shape);
  });

  it('never tells two keys apart, nor two ids, nor their lengths', () => {
    const keys = [
      'Zq8ddT2XkW4pLm9RvB3nYc7Hs5Jf',
      'a1',
      'QWERTYUIOPasdfghjkl1234567890zxcvbnmQWERTYUIOP',
      'Zm9vYmFyYmF6+/==',
      'abc_DEF-123~xyz.',
    ];
    expect(new Set(keys.map(shapeWord))).toEqual(new Set(['a9']));
    expect(shapeWord('scimcred-00abc123')).toBe(shapeWord('scimcred-zz9'));
    expect(shapeWord('d-0a1b2c3d4e')).toBe(shapeWord('d-ffffffffffffffff'));
  });

  it('keeps prose punctuation at the edges, and separators between digits', () => {
    expect(shapeWord('“Hello,”')).toBe('“Aaaa,”');
    expect(shapeWord('(required)')).toBe('(aaaa)');
    expect(shapeWord('Token*')).toBe('Aaaa*');
    expect(shapeWord('2024-05-01')).toBe('9-9-9');
    expect(shapeWord('10:20:30')).toBe('9:9:9');
    expect(shapeWord('SCIM密钥')).toBe('AAAA字');
    expect(shapeWord('——')).toBe('——');
    // A masked value's length is not told either.
    expect(shapeWord('••••••••')).toBe(shapeWord('••••••••••••••••'));
  });

  it('folds characters a key may hold into the word, never keeping them as punctuation', () => {
    // `=` padding, `+`, `/`, `-`, `_`, `~` are key characters, not prose punctuation.
    expect(shapeWord('Zm9v==')).toBe('a9');
    expect(shapeWord('+abc')).toBe('a9');
    expect(shapeWord('_Zq8_')).toBe('a9');
  });
});

describe('the shape of a text', () => {
  it('shapes every word and says nothing about a paragraph’s length', () => {
    expect(shapeText('Hello world, this is Jane')).toBe('Aaaa aaaa, aaaa aaaa Aaaa');
    expect(shapeText('a b c d e f g')).toBe('aaaa aaaa aaaa …');
    expect(shapeText('a b c d e f g')).toBe(shapeText('a b c d'));
    expect(shapeText('  ')).toBe('');
  });
});
