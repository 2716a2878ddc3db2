import { describe, expect, it } from 'vitest';
import { DIACRITICS_TABLE, normalizeDiacritics } from '@/lib/expr/functions/diacritics';
import { value } from '../eval/run';

const keys = DIACRITICS_TABLE.flatMap(([output, inputs]) =>
  inputs.map((input) => [input, output] as const),
);
const codePoints = (s: string): string =>
  [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

describe('NormalizeDiacritics: exactly the documented table (docs/research/entra-expressions.md#normalizediacritics-table)', () => {
  it('has the documented 261 keys, 92 of them multi-code-point, none twice', () => {
    expect(keys).toHaveLength(261);
    expect(keys.filter(([k]) => [...k].length > 1)).toHaveLength(92);
    expect(new Set(keys.map(([k]) => k)).size).toBe(261);
    expect(Math.max(...keys.map(([k]) => [...k].length))).toBe(3);
  });

  it.each(keys.map(([k, out]) => [codePoints(k), k, out] as const))(
    '%s → its row',
    (_cp, key, output) => {
      expect(normalizeDiacritics(key)).toBe(output);
      expect(normalizeDiacritics(`x${key}y`)).toBe(`x${output}y`);
    },
  );

  it('each precomposed key decomposes to the letter of its row (a transcription check)', () => {
    const special = new Set('ıİłŁøØæÆǣǢßœŒ');
    for (const [key, output] of keys) {
      if ([...key].length > 1 || special.has(key)) continue;
      expect(key.normalize('NFD')[0], `${codePoints(key)} is in row ${output}`).toBe(output[0]);
    }
  });

  it('maps the code points the spec lists explicitly', () => {
    const listed: [number, string][] = [
      [0x00e4, 'a'],
      [0x00e0, 'a'],
      [0x00e2, 'a'],
      [0x00e3, 'a'],
      [0x00e5, 'a'],
      [0x00e1, 'a'],
      [0x0105, 'a'],
      [0x0103, 'a'],
      [0x0101, 'a'],
      [0x01df, 'a'],
      [0x01e1, 'a'],
      [0x0131, 'i'],
      [0x0130, 'I'],
      [0x0142, 'l'],
      [0x0141, 'L'],
      [0x0219, 's'],
      [0x0218, 'S'],
      [0x021b, 't'],
      [0x021a, 'T'],
      [0x022b, 'o'],
      [0x022d, 'o'],
      [0x0231, 'o'],
      [0x01ed, 'o'],
      [0x0233, 'y'],
      [0x1e0f, 'd'],
      [0x1e21, 'g'],
      [0x1e39, 'l'],
      [0x1e3b, 'l'],
      [0x1e49, 'n'],
      [0x1e53, 'o'],
      [0x1e51, 'o'],
      [0x1e5f, 'r'],
      [0x1e5d, 'r'],
      [0x1e6f, 't'],
      [0x1e7b, 'u'],
      [0x1e95, 'z'],
      [0x00df, 'ss'],
      [0x00f8, 'oe'],
      [0x00d8, 'OE'],
      [0x00e6, 'ae'],
      [0x00c6, 'AE'],
    ];
    for (const [cp, out] of listed) expect(normalizeDiacritics(String.fromCodePoint(cp))).toBe(out);
  });

  it('matches the longest key first (ā + U+0301 is one key, not ā then a stray accent)', () => {
    expect(normalizeDiacritics('\u0101\u0301x')).toBe('ax');
    expect(normalizeDiacritics('e\u030a\u0304')).toBe('e');
    expect(normalizeDiacritics('\u1e73\u0304')).toBe('u');
    expect(normalizeDiacritics('\u00f8\u0304')).toBe('oe');
  });

  it('leaves decomposed accents that are not keys (no NFC normalisation first)', () => {
    expect(normalizeDiacritics('e\u0301')).toBe('e\u0301');
  });

  it('passes through everything outside the table: đ, Vietnamese, pinyin, œ, þ, CJK, emoji', () => {
    const untouched = [
      'Ð ð Þ þ Đ đ Ħ ħ Ŧ ŧ Ŋ ŋ Œ œ Ĳ ĳ ĸ ŉ ſ ẞ',
      'Ĉ ĉ Ĝ ĝ Ĥ ĥ Ĵ ĵ Ŝ ŝ Ŭ ŭ Ŵ ŵ Ŷ ŷ Ċ ċ Ġ ġ Ģ ģ Ķ ķ Ļ ļ Ņ ņ Ŗ ŗ Ĺ ĺ Ŕ ŕ Ţ ţ Į į Ų ų Ĩ ĩ Ũ ũ Ĕ ĕ Ĭ ĭ Ŏ ŏ Ŀ ŀ',
      'ǎ ǐ ǒ ǔ ǚ ǜ ǘ ǰ Ǽ ǽ Ǿ ǿ ơ ư',
      'Ελένη Ольга 王小明 김민준 สมชาย ＡＢＣ ﬁ 😀 👩‍💻',
    ];
    for (const text of untouched) expect(normalizeDiacritics(text)).toBe(text);
    const vietnamese = String.fromCharCode(
      ...Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) => 0x1ea0 + i),
    );
    expect(normalizeDiacritics(vietnamese)).toBe(vietnamese);
  });

  it.each([
    ['Zoë Ångström', 'ZoeAngstrom', 'ZoeAngstrom'],
    ['Jürgen Groß', 'JurgenGross', 'JurgenGross'],
    ['Søren Ærø', 'SoerenAEroe', 'SoerenAEroe'],
    ['Łukasz Żółć', 'LukaszZolc', 'LukaszZolc'],
    ['Oğuz İnce', 'OguzInce', 'OguzInce'],
    ["O'Brien-Smith", "O'Brien-Smith", 'OBrien-Smith'],
    ['Đặng Thị Hồ', 'ĐặngThịHồ', 'ngThH'],
    ['Þórður', 'Þorður', 'orur'],
    ['王小明', '王小明', ''],
  ])('the spec worked example %s', (input, normalized, sanitized) => {
    expect(value('NormalizeDiacritics(StripSpaces([displayName]))', { displayName: input })).toBe(
      normalized,
    );
    expect(
      value(
        'Replace(NormalizeDiacritics(StripSpaces([displayName])), , "[^a-zA-Z0-9_.@-]", , "", , )',
        {
          displayName: input,
        },
      ),
    ).toBe(sanitized);
  });
});
