/**
 * NormalizeDiacritics with exactly Entra's documented table (docs/research/entra-expressions.md#normalizediacritics-table): 261 keys,
 * 92 of them a base letter plus combining marks. It is NOT Unicode decomposition: đ, œ, þ,
 * Vietnamese letters, pinyin carons, Cyrillic, Greek, CJK and emoji pass through unchanged.
 * Longest match (up to 3 code points) from left to right; input is not NFC-normalised first [U].
 */

const MACRON = '\u0304';
const LINE_BELOW = '\u0331';

/** Output → the inputs that become it, as in the spec, row by row. */
export const DIACRITICS_TABLE: readonly (readonly [string, readonly string[]])[] = [
  [
    'a',
    [
      'ä',
      'à',
      'â',
      'ã',
      'å',
      'á',
      'ą',
      'ă',
      'ā',
      'ǟ',
      'ǡ',
      'ā\u0301',
      'ā\u0300',
      'ā\u0302',
      'ā\u0303',
      'ā\u0308',
      'a' + LINE_BELOW,
      'å' + MACRON,
    ],
  ],
  [
    'A',
    [
      'Ä',
      'À',
      'Â',
      'Ã',
      'Å',
      'Á',
      'Ą',
      'Ă',
      'Ā',
      'Ǟ',
      'Ǡ',
      'Ā\u0301',
      'Ā\u0300',
      'Ā\u0302',
      'Ā\u0303',
      'Ā\u0308',
      'A' + LINE_BELOW,
      'Å' + MACRON,
    ],
  ],
  ['ae', ['æ', 'ǣ']],
  ['AE', ['Æ', 'Ǣ']],
  ['c', ['ç', 'č', 'ć', 'c' + MACRON, 'c' + LINE_BELOW]],
  ['C', ['Ç', 'Č', 'Ć', 'C' + MACRON, 'C' + LINE_BELOW]],
  ['d', ['ď', 'ḏ', 'd' + MACRON]],
  ['D', ['Ď', 'Ḏ', 'D' + MACRON]],
  [
    'e',
    [
      'ë',
      'è',
      'é',
      'ê',
      'ę',
      'ě',
      'ė',
      'ē',
      'ḗ',
      'ḕ',
      'ē\u0302',
      'ē\u0303',
      'ê' + MACRON,
      'e' + LINE_BELOW,
      'ë' + MACRON,
      'e\u030a' + MACRON,
    ],
  ],
  [
    'E',
    [
      'Ë',
      'È',
      'É',
      'Ê',
      'Ę',
      'Ě',
      'Ė',
      'Ē',
      'Ḗ',
      'Ḕ',
      'Ē\u0302',
      'Ē\u0303',
      'Ê' + MACRON,
      'E' + LINE_BELOW,
      'Ë' + MACRON,
      'E\u030a' + MACRON,
    ],
  ],
  ['g', ['ğ', 'ḡ', 'g' + LINE_BELOW]],
  ['G', ['Ğ', 'Ḡ', 'G' + LINE_BELOW]],
  [
    'i',
    ['ï', 'î', 'ì', 'í', 'ı', 'ī', 'ī\u0301', 'ī\u0300', 'ī\u0302', 'ī\u0303', 'i' + LINE_BELOW],
  ],
  [
    'I',
    ['Ï', 'Î', 'Ì', 'Í', 'İ', 'Ī', 'Ī\u0301', 'Ī\u0300', 'Ī\u0302', 'Ī\u0303', 'I' + LINE_BELOW],
  ],
  ['l', ['ľ', 'ł', 'ḹ', 'ḻ', 'l' + MACRON]],
  ['L', ['Ł', 'Ľ', 'Ḹ', 'Ḻ', 'L' + MACRON]],
  ['n', ['ñ', 'ń', 'ň', 'ṉ', 'n' + MACRON]],
  ['N', ['Ñ', 'Ń', 'Ň', 'Ṉ', 'N' + MACRON]],
  [
    'o',
    [
      'ö',
      'ò',
      'ő',
      'õ',
      'ô',
      'ó',
      'ō',
      'ṓ',
      'ṑ',
      'ȫ',
      'ǭ',
      'ȭ',
      'ȱ',
      'ō\u0302',
      'ō\u0303',
      'ō\u0308',
      'o' + LINE_BELOW,
    ],
  ],
  [
    'O',
    [
      'Ö',
      'Ò',
      'Ő',
      'Õ',
      'Ô',
      'Ó',
      'Ō',
      'Ṓ',
      'Ṑ',
      'Ȫ',
      'Ǭ',
      'Ȭ',
      'Ȱ',
      'Ō\u0302',
      'Ō\u0303',
      'Ō\u0308',
      'O' + LINE_BELOW,
    ],
  ],
  ['oe', ['ø', 'ø' + MACRON, 'œ' + MACRON]],
  ['OE', ['Ø', 'Ø' + MACRON, 'Œ' + MACRON]],
  ['r', ['ř', 'ṟ', 'ṝ', 'r' + MACRON]],
  ['R', ['Ř', 'Ṟ', 'Ṝ', 'R' + MACRON]],
  ['ss', ['ß']],
  ['s', ['š', 'ś', 'ș', 'ş', 's' + MACRON, 's' + LINE_BELOW]],
  ['S', ['Š', 'Ś', 'Ș', 'Ş', 'S' + MACRON, 'S' + LINE_BELOW]],
  ['t', ['ť', 'ț', 'ṯ', 't' + MACRON]],
  ['T', ['Ť', 'Ț', 'Ṯ', 'T' + MACRON]],
  [
    'u',
    [
      'ü',
      'ù',
      'û',
      'ú',
      'ů',
      'ű',
      'ū',
      'ǖ',
      'ṻ',
      'ū\u0301',
      'ū\u0300',
      'ū\u0302',
      'ū\u0303',
      'u\u0307' + MACRON,
      '\u1e73' + MACRON,
      'u' + LINE_BELOW,
    ],
  ],
  [
    'U',
    [
      'Ü',
      'Ù',
      'Û',
      'Ú',
      'Ů',
      'Ű',
      'Ū',
      'Ǖ',
      'Ṻ',
      'Ū\u0301',
      'Ū\u0300',
      'Ū\u0302',
      'Ū\u0303',
      'U\u0307' + MACRON,
      '\u1e72' + MACRON,
      'U' + LINE_BELOW,
    ],
  ],
  ['y', ['ÿ', 'ý', 'ȳ', 'ȳ\u0301', 'ȳ\u0300', 'ȳ\u0303', 'y' + LINE_BELOW]],
  ['Y', ['Ÿ', 'Ý', 'Ȳ', 'Ȳ\u0301', 'Ȳ\u0300', 'Ȳ\u0303', 'Y' + LINE_BELOW]],
  ['z', ['ź', 'ž', 'ż', 'ẕ', 'z' + MACRON]],
  ['Z', ['Ź', 'Ž', 'Ż', 'Ẕ', 'Z' + MACRON]],
];

/** Highest code unit of a key (ẕ U+1E95), so the lookup array stays small and packed. */
const LAST_KEY_UNIT = 0x1eff;
/** Every key is in the BMP, so code units index it directly; a packed array, not a sparse one. */
const SINGLE: (string | undefined)[] = new Array<string | undefined>(LAST_KEY_UNIT + 1).fill(
  undefined,
);
/** Keys of 2 or 3 code points; all continue with combining marks U+0300-U+0331. */
const SEQUENCES = new Map<string, string>();
/** Units that start a multi-code-point key. */
const STARTS_SEQUENCE = new Set<number>();
/** Quick test: does the text contain anything the table could touch? */
let TRIGGER = /$^/;

(function build(): void {
  const triggers = new Set<number>();
  for (const [output, inputs] of DIACRITICS_TABLE) {
    for (const input of inputs) {
      if (input.length === 1) {
        SINGLE[input.charCodeAt(0)] = output;
        triggers.add(input.charCodeAt(0));
      } else {
        SEQUENCES.set(input, output);
        STARTS_SEQUENCE.add(input.charCodeAt(0));
        triggers.add(input.charCodeAt(1));
      }
    }
  }
  const cls = [...triggers].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
  TRIGGER = new RegExp(`[${cls}]`);
})();

function isMark(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

export function normalizeDiacritics(text: string): string {
  // Most names need no change: skip the copy.
  if (!TRIGGER.test(text)) return text;
  let out = '';
  let copied = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    let length = 1;
    if (i + 1 < n && isMark(text.charCodeAt(i + 1)) && STARTS_SEQUENCE.has(code)) {
      const three = i + 2 < n ? SEQUENCES.get(text.slice(i, i + 3)) : undefined;
      if (three !== undefined) {
        replacement = three;
        length = 3;
      } else {
        const two = SEQUENCES.get(text.slice(i, i + 2));
        if (two !== undefined) {
          replacement = two;
          length = 2;
        }
      }
    }
    if (replacement === undefined && code <= LAST_KEY_UNIT) replacement = SINGLE[code];
    if (replacement !== undefined) {
      out += text.slice(copied, i) + replacement;
      i += length - 1;
      copied = i + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
