/** String functions (docs/research/entra-expressions.md#string-functions). */
import { toLowerDotNet, toUpperDotNet } from '../eval/casing';
import { fail } from '../eval/errors';
import {
  EMPTY,
  NULL,
  integerArg,
  mapText,
  multi,
  num,
  str,
  textOf,
  textOrEmpty,
} from '../eval/values';
import { arg, provided, spanOf } from './args';
import type { Impl } from './types';

export const append: Impl = (args, _ctx, call) => {
  const suffix = textOrEmpty(arg(args, 1), spanOf(call, 1));
  const source = arg(args, 0);
  // A missing source gives the suffix alone [U].
  if (source.type === 'null') return str(suffix);
  return mapText(source, spanOf(call, 0), (s) => s + suffix);
};

export const prepend: Impl = (args, _ctx, call) => {
  const prefix = textOrEmpty(arg(args, 0), spanOf(call, 0));
  const source = arg(args, 1);
  if (source.type === 'null') return str(prefix);
  return mapText(source, spanOf(call, 1), (s) => prefix + s);
};

export const join: Impl = (args, _ctx, call) => {
  const separator = textOrEmpty(arg(args, 0), spanOf(call, 0));
  let out = '';
  let first = true;
  const add = (text: string): void => {
    // Null and empty sources are skipped, so no separator is doubled.
    if (text === '') return;
    out = first ? text : out + separator + text;
    first = false;
  };
  for (let i = 1; i < args.length; i++) {
    const value = arg(args, i);
    if (value.type === 'multi') value.values.forEach(add);
    else add(textOf(value, spanOf(call, i)) ?? '');
  }
  return str(out);
};

export const left: Impl = (args, _ctx, call) => {
  const n = integerArg(arg(args, 1), spanOf(call, 1), 'NumChars');
  const source = arg(args, 0);
  if (source.type === 'null') return EMPTY;
  // UTF-16 units, like .NET: an emoji can be cut in half.
  return mapText(source, spanOf(call, 0), (s) => (n < 0 ? s : s.slice(0, n)));
};

export const mid: Impl = (args, _ctx, call) => {
  const start = integerArg(arg(args, 1), spanOf(call, 1), 'start');
  const length = integerArg(arg(args, 2), spanOf(call, 2), 'length');
  if (start < 1)
    fail('eval.argument', `Mid counts from 1; start ${start} is not valid.`, spanOf(call, 1));
  if (length < 0)
    fail('eval.argument', `Mid's length cannot be negative (${length}).`, spanOf(call, 2));
  const source = arg(args, 0);
  if (source.type === 'null') return EMPTY;
  return mapText(source, spanOf(call, 0), (s) => s.slice(start - 1, start - 1 + length));
};

export const len: Impl = (args, _ctx, call) => {
  const text = textOf(arg(args, 0), spanOf(call, 0));
  return num(text === null ? 0 : text.length);
};

/** Only U+0020: tabs, NBSP and the ideographic space survive. */
const removeSpaces = (s: string): string => (s.indexOf(' ') === -1 ? s : s.replaceAll(' ', ''));

export const stripSpaces: Impl = (args, _ctx, call) =>
  mapText(arg(args, 0), spanOf(call, 0), removeSpaces);

/** .NET char.IsWhiteSpace: Zs, Zl, Zp, \t-\r, U+0085, U+00A0 (not U+FEFF, unlike JS trim). */
const DOTNET_WHITE = /^[\t-\r\x85\p{Zs}\u2028\u2029]+|[\t-\r\x85\p{Zs}\u2028\u2029]+$/gu;

export const trim: Impl = (args, _ctx, call) =>
  mapText(arg(args, 0), spanOf(call, 0), (s) => s.replace(DOTNET_WHITE, ''));

function culture(
  args: Parameters<Impl>[0],
  i: number,
  span: Parameters<typeof textOf>[1],
): string | undefined {
  return provided(args, i) ? (textOf(arg(args, i), span) ?? undefined) : undefined;
}

export const toUpper: Impl = (args, _ctx, call) => {
  const c = culture(args, 1, spanOf(call, 1));
  return mapText(arg(args, 0), spanOf(call, 0), (s) => toUpperDotNet(s, c));
};

export const toLower: Impl = (args, _ctx, call) => {
  const c = culture(args, 1, spanOf(call, 1));
  return mapText(arg(args, 0), spanOf(call, 0), (s) => toLowerDotNet(s, c));
};

/** .NET ToTitleCase word separators: spaces, controls, format characters, punctuation, symbols. */
const DEFAULT_SEPARATOR = /[\p{Z}\p{Cc}\p{Cf}\p{P}\p{S}]/u;

export function properCase(text: string, separators: string | undefined): string {
  const isSeparator =
    separators === undefined
      ? (ch: string) => DEFAULT_SEPARATOR.test(ch)
      : (ch: string) => separators.includes(ch);
  let out = '';
  let wordStart = true;
  for (const ch of text) {
    if (isSeparator(ch)) {
      out += ch;
      wordStart = true;
    } else {
      out += wordStart ? toUpperDotNet(ch) : toLowerDotNet(ch);
      wordStart = false;
    }
  }
  return out;
}

export const pCase: Impl = (args, _ctx, call) => {
  const separators = provided(args, 1) ? textOrEmpty(arg(args, 1), spanOf(call, 1)) : undefined;
  return mapText(arg(args, 0), spanOf(call, 0), (s) => properCase(s, separators));
};

export const word: Impl = (args, _ctx, call) => {
  const n = integerArg(arg(args, 1), spanOf(call, 1), 'WordNumber');
  const delimiters = textOrEmpty(arg(args, 2), spanOf(call, 2));
  const text = textOf(arg(args, 0), spanOf(call, 0));
  if (text === null || n < 1) return EMPTY;
  const words: string[] = [];
  let current = '';
  for (const ch of text) {
    if (delimiters.includes(ch)) {
      // Consecutive delimiters do not make empty words [U].
      if (current !== '') words.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') words.push(current);
  return str(words[n - 1] ?? '');
};

export const split: Impl = (args, _ctx, call) => {
  const source = arg(args, 0);
  const delimiter = provided(args, 1) ? textOrEmpty(arg(args, 1), spanOf(call, 1)) : ',';
  const pieces = (s: string): string[] => (delimiter === '' ? [s] : s.split(delimiter));
  if (source.type === 'null') return NULL;
  if (source.type === 'multi') return multi(source.values.flatMap(pieces));
  return multi(pieces(textOrEmpty(source, spanOf(call, 0))));
};

export const inStr: Impl = (args, _ctx, call) => {
  const haystack = textOf(arg(args, 0), spanOf(call, 0)) ?? '';
  const needle = textOf(arg(args, 1), spanOf(call, 1)) ?? '';
  const start = provided(args, 2) ? integerArg(arg(args, 2), spanOf(call, 2), 'start') : 1;
  if (start < 1)
    fail('eval.argument', `InStr counts from 1; start ${start} is not valid.`, spanOf(call, 2));
  let textCompare = false;
  if (provided(args, 3)) {
    const mode = textOrEmpty(arg(args, 3), spanOf(call, 3)).toLowerCase();
    if (mode === 'vbtextcompare' || mode === '1') textCompare = true;
    else if (mode !== 'vbbinarycompare' && mode !== '0') {
      fail(
        'eval.argument',
        'compareType must be vbBinaryCompare or vbTextCompare.',
        spanOf(call, 3),
      );
    }
  }
  if (haystack === '' || start > haystack.length) return num(0);
  if (needle === '') return num(start);
  // Case mapping is 1:1 per unit, so positions are unchanged by it.
  const h = textCompare ? toUpperDotNet(haystack) : haystack;
  const n = textCompare ? toUpperDotNet(needle) : needle;
  return num(h.indexOf(n, start - 1) + 1);
};

// ---- encodings ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${B64[n >> 18]!}${B64[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${B64[n >> 18]!}${B64[(n >> 12) & 63]!}${B64[(n >> 6) & 63]!}=`;
  }
  return out;
}

function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\s]/g, '');
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < clean.length; i += 4) {
    const q = [...clean.slice(i, i + 4)].map((c) => (c === '=' ? 0 : B64.indexOf(c)));
    const n = (q[0]! << 18) | (q[1]! << 12) | (q[2]! << 6) | q[3]!;
    bytes.push(n >> 16);
    if (clean[i + 2] !== '=') bytes.push((n >> 8) & 255);
    if (clean[i + 3] !== '=') bytes.push(n & 255);
  }
  return Uint8Array.from(bytes);
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[i * 2] = c & 255;
    bytes[i * 2 + 1] = c >> 8;
  }
  return bytes;
}

/** UTF-8 as .NET's Encoding.UTF8 writes it: a lone surrogate becomes U+FFFD (EF BF BD). */
function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export const convertToBase64: Impl = (args, _ctx, call) =>
  mapText(arg(args, 0), spanOf(call, 0), (s) => toBase64(utf16le(s)));

export const convertToUtf8Hex: Impl = (args, _ctx, call) =>
  mapText(arg(args, 0), spanOf(call, 0), (s) => {
    let hex = '';
    for (const b of utf8(s)) hex += b.toString(16).toUpperCase().padStart(2, '0');
    return hex;
  });

export const convertFromBase64: Impl = (args, _ctx, call) => {
  const encoding = provided(args, 1)
    ? textOrEmpty(arg(args, 1), spanOf(call, 1)).toLowerCase()
    : 'unicode';
  if (!['unicode', 'utf8', 'ascii'].includes(encoding)) {
    fail('eval.argument', 'Encoding must be Unicode, UTF8 or ASCII.', spanOf(call, 1));
  }
  return mapText(arg(args, 0), spanOf(call, 0), (s) => {
    const bytes = fromBase64(s);
    if (bytes === undefined)
      return fail('eval.argument', `"${s}" is not valid Base64.`, spanOf(call, 0));
    if (encoding === 'utf8') return new TextDecoder('utf-8').decode(bytes);
    if (encoding === 'ascii')
      return String.fromCharCode(...[...bytes].map((b) => (b > 0x7f ? 0x3f : b)));
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2)
      out += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
    return out;
  });
};
