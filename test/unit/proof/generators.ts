/**
 * fast-check generators for the soundness hunt: random expression trees over the functions the
 * analysis has rules for (and some it has not), and random inputs over the full UTF-16 range
 * that stay within Entra's attribute bounds where the proof relies on them.
 */

import fc from 'fast-check';
import type { CallNode, ExprNode, Attributes } from '../../../lib/expr';
import type { AttrBound } from '../../../lib/proof/context';
import { _, attr, call, num, replace, str } from './ast-builders';

/** Characters that break sanitizers, as single strings. */
const HARD_UNITS = [
  'é',
  'ß',
  'Æ',
  'ø',
  'ı',
  'İ',
  'ǅ',
  'ǆ',
  'đ',
  'ồ',
  'Ω',
  'ς',
  'ﬁ',
  '王',
  '😀',
  '𐐀',
  '\u00a0',
  '\u3000',
  '\u2002',
  '\t',
  '\n',
  '\r',
  '\u0085',
  '\u200b',
  '\ufeff',
  '\u0301',
  '\u0304',
  '\u0331',
  '\u030a',
  '\u0307',
  'ā',
  'ē',
  'Ȳ',
  'ṳ',
  '#',
  '&',
  "'",
  '"',
  '$',
  '\\',
  '[',
  ']',
  '(',
  ')',
  '*',
  '+',
  '?',
  '\ud800',
  '\udfff',
  '\u0000',
  '\u007f',
  'Ａ',
];
const ASCII_UNITS = [...'abcxyzABCXYZ0189 .-_@,;:/|~!'];

export const unitArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...ASCII_UNITS) },
  { weight: 3, arbitrary: fc.constantFrom(...HARD_UNITS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  },
);

/** Short text, long text, or a long run of one "grower" (ß doubles under NormalizeDiacritics). */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: unitArb, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: unitArb, minLength: 40, maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('a', 'ß', 'æ', 'Ø', ' ', '😀', 'é', 'W'),
        fc.integer({ min: 30, max: 700 }),
      )
      .map(([u, n]) => u.repeat(n)),
  },
);

const SHORT_LITERALS = [
  '',
  ' ',
  '.',
  '-',
  '_',
  'x',
  'user-',
  'True',
  'False',
  '0',
  '5',
  'a b',
  'é',
  '😀',
];

const literalArb: fc.Arbitrary<ExprNode> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SHORT_LITERALS).map(str) },
  { weight: 1, arbitrary: fc.string({ unit: unitArb, maxLength: 6 }).map(str) },
);

export const ATTRIBUTES = [
  'displayName',
  'givenName',
  'surname',
  'userPrincipalName',
  'mail',
  'mailNickname',
  'objectId',
  'department',
  'proxyAddresses',
  'extensionAttribute1',
];

const attrArb: fc.Arbitrary<ExprNode> = fc.constantFrom(...ATTRIBUTES).map(attr);

const intArb: fc.Arbitrary<ExprNode> = fc.oneof(
  fc.constantFrom(-1, 0, 1, 2, 3, 8, 36, 64, 65, 128, 200).map(num),
  fc.constantFrom('1', '8', '64', 'x', '').map(str),
);

export const PATTERNS = [
  '[^a-zA-Z0-9_.-]',
  '[^A-Za-z0-9@._-]',
  '[^A-Za-z0-9._-]',
  '\\s+',
  '\\s',
  '[\\p{Cc}\\p{Cf}]',
  '[^\\w]',
  '\\W+',
  '.',
  '[aeiou]*',
  '^ +| +$',
  '(?<Suffix>@(.)*)',
  '(\\.)*$',
  '[^a-z]{2,}',
  '[^a-z]+?',
  '[^a-z]*?',
  'a|b',
  '(?i)[a-z]',
  '[',
  '\\p{IsGreek}',
  '(a+)+$',
  'x*',
  '\\d',
  '[^\\x00-\\x7F]',
  '[ -]',
  '[^ -~]',
  '[\\uD800-\\uDFFF]',
  '-{2,}',
];

const REPLACEMENTS = ['', '_', 'x', '$1', '${Suffix}', '$$', 'ab', '😀', '$0$0', '-'];

const patternArb = fc.constantFrom(...PATTERNS).map(str);
const replacementArb = fc.constantFrom(...REPLACEMENTS).map(str);

/** A sanitizer around `e`: what the fix generator builds, so some trees are provably safe. */
function sanitized(e: ExprNode, pattern: string, max: number): CallNode {
  return call(
    'Left',
    replace(call('NormalizeDiacritics', e), undefined, str(pattern), undefined, str('')),
    num(max),
  );
}

function withFallback(e: ExprNode, fallback: ExprNode): CallNode {
  return call('Switch', e, e, str(''), fallback);
}

export const exprArb: fc.Arbitrary<ExprNode> = fc.letrec<{ expr: ExprNode }>((tie) => {
  const e = tie('expr');
  const calls: fc.Arbitrary<ExprNode>[] = [
    e.map((a) => call('StripSpaces', a)),
    e.map((a) => call('Trim', a)),
    fc
      .tuple(e, fc.option(fc.constantFrom('tr-TR', 'en-US', 'az', ''), { nil: undefined }))
      .map(([a, c]) => (c === undefined ? call('ToLower', a) : call('ToLower', a, str(c)))),
    fc
      .tuple(e, fc.option(fc.constantFrom('tr-TR', 'de'), { nil: undefined }))
      .map(([a, c]) => (c === undefined ? call('ToUpper', a) : call('ToUpper', a, str(c)))),
    e.map((a) => call('PCase', a)),
    e.map((a) => call('NormalizeDiacritics', a)),
    fc.tuple(e, intArb).map(([a, n]) => call('Left', a, n)),
    fc.tuple(e, intArb, intArb).map(([a, s, n]) => call('Mid', a, s, n)),
    fc.tuple(e, e).map(([a, b]) => call('Append', a, b)),
    fc
      .tuple(literalArb, fc.array(e, { minLength: 1, maxLength: 3 }))
      .map(([sep, parts]) => call('Join', sep, ...parts)),
    e.map((a) => call('Len', a)),
    fc
      .tuple(e, intArb, fc.constantFrom(' ', '.', ' -', '😀').map(str))
      .map(([a, n, d]) => call('Word', a, n, d)),
    fc.tuple(e, literalArb).map(([a, d]) => call('Split', a, d)),
    fc.tuple(e, intArb).map(([a, n]) => call('Item', call('Split', a, str(' ')), n)),
    fc.tuple(e, literalArb, literalArb).map(([a, o, r]) => replace(a, o, undefined, undefined, r)),
    fc
      .tuple(e, patternArb, replacementArb)
      .map(([a, p, r]) => replace(a, undefined, p, undefined, r)),
    fc
      .tuple(e, patternArb, replacementArb)
      .map(([a, p, r]) => replace(a, undefined, p, str('Suffix'), r)),
    fc
      .tuple(e, literalArb, literalArb)
      .map(([a, o, t]) => replace(a, o, undefined, undefined, undefined, undefined, t)),
    fc
      .tuple(e, patternArb, attrArb)
      .map(([a, p, f]) => replace(a, undefined, p, str('Suffix'), undefined, f)),
    fc
      .tuple(e, e, e)
      .map(([c, a, b]) =>
        call('IIF', { kind: 'compare', op: '=', left: c, right: str(''), span: c.span }, a, b),
      ),
    fc.tuple(e, e).map(([a, b]) => call('IIF', call('IsNullOrEmpty', a), b, a)),
    fc.tuple(e, e, e).map(([a, b, c]) => call('IIF', call('IsPresent', a), b, c)),
    fc
      .tuple(e, fc.option(e, { nil: undefined }), literalArb, e)
      .map(([s, d, k, v]) => call('Switch', s, d ?? _, k, v)),
    fc.tuple(e, e).map(([a, fb]) => withFallback(a, fb)),
    fc.array(e, { minLength: 1, maxLength: 3 }).map((xs) => call('Coalesce', ...xs)),
    e.map((a) => call('IgnoreFlowIfNullOrEmpty', a)),
    e.map((a) => call('CStr', a)),
    e.map((a) => call('Redact', a)),
    e.map((a) => call('ConvertToBase64', a)),
    e.map((a) => call('ConvertToUTF8Hex', a)),
    fc.constant(call('Guid')),
    e.map((a) => call('Not', a)),
    e.map((a) => call('IsString', a)),
    e.map((a) => call('RemoveDuplicates', a)),
    fc.tuple(e, e).map(([a, b]) => call('InStr', a, b)),
    fc.tuple(e, e).map(([a, b]) => call('SelectUniqueValue', a, b)),
    fc.tuple(e, e).map(([a, b]) => call('Prepend', a, b)),
    e.map((a) => call('Count', a)),
    fc.tuple(e, intArb).map(([a, n]) => call('BitAnd', a, n)),
    fc
      .tuple(fc.constantFrom('d', 'yyyy', 'm'), intArb, e)
      .map(([i, n, d]) => call('DateAdd', str(i), n, call('CDate', d))),
    fc.constant(call('Now')),
    intArb.map((n) => call('DateFromNum', n)),
    e.map((a) => call('SingleAppRoleAssignment', a)),
    fc.tuple(e, intArb).map(([a, n]) => call('Item', a, n)),
    e.map((a) => call('FormatDateTime', a, _, str('yyyyMMdd'), str('yyyy-MM-dd'))),
    e.map((a) => call('ConvertFromBase64', a)),
    fc
      .tuple(e, fc.constantFrom('[^A-Za-z0-9@._-]', '[^A-Za-z0-9._-]'), fc.constantFrom(8, 64, 128))
      .map(([a, p, n]) => sanitized(a, p, n)),
    fc
      .tuple(e, fc.constantFrom('[^A-Za-z0-9@._-]', '[^A-Za-z0-9._-]'), fc.constantFrom(64, 128))
      .map(([a, p, n]) =>
        withFallback(sanitized(a, p, n), call('Join', str(''), str('user-'), attr('objectId'))),
      ),
  ];
  const leaves: fc.Arbitrary<ExprNode>[] = [
    attrArb,
    attrArb,
    literalArb,
    intArb,
    fc.constantFrom<ExprNode>(
      { kind: 'keyword', name: 'IgnoreAttributeFlow', span: { start: 0, end: 0 } },
      { kind: 'keyword', name: 'vbTextCompare', span: { start: 0, end: 0 } },
    ),
  ];
  return {
    expr: fc.oneof(
      { depthSize: 'small', maxDepth: 5 },
      ...leaves.map((arbitrary) => ({ weight: 2, arbitrary })),
      ...calls.map((arbitrary) => ({ weight: 1, arbitrary })),
    ),
  };
}).expr;

/** An input record: each attribute present within its bound, empty, or missing. */
export function recordArb(bound: (name: string) => AttrBound): fc.Arbitrary<Attributes> {
  const valueFor = (name: string): fc.Arbitrary<Attributes[string]> => {
    const b = bound(name);
    if (name === 'objectId') {
      return fc.uuid().map((u) => u.toLowerCase());
    }
    if (!b.known) {
      return fc.oneof(
        textArb,
        fc.constant(null),
        fc.array(textArb, { maxLength: 3 }),
        fc.integer().map((n) => n),
        fc.boolean(),
      );
    }
    const inBound: fc.Arbitrary<string> =
      b.chars.size < 0xffff
        ? fc.string({
            unit: fc.constantFrom(
              ...b.chars.ranges().flatMap(([lo, hi]) => {
                const out: string[] = [];
                for (let c = lo; c <= hi; c++) out.push(String.fromCharCode(c));
                return out;
              }),
            ),
            minLength: Math.max(1, b.min),
            maxLength: Math.min(b.max, 200),
          })
        : textArb.map((t) => t.slice(0, b.max));
    const atMax: fc.Arbitrary<string> =
      b.max === Infinity
        ? textArb
        : fc
            .constantFrom('a', 'ß', 'æ', 'é', ' ', 'W', '.')
            .map((u) => (b.chars.has(u.charCodeAt(0)) ? u.repeat(b.max) : 'a'.repeat(b.max)));
    const present = fc.oneof({ weight: 4, arbitrary: inBound }, { weight: 1, arbitrary: atMax });
    return b.required ? present : fc.oneof(present, fc.constant(''), fc.constant(null));
  };
  return fc.record(Object.fromEntries(ATTRIBUTES.map((n) => [n, valueFor(n)]))).map((r) => {
    const out: Attributes = {};
    for (const [k, v] of Object.entries(r)) if (v !== null) out[k] = v;
    return out;
  });
}
