/** Conversion, numeric and Cloud Sync helper functions (docs/research/entra-expressions.md#conversion-and-numeric-functions). */
import { fail } from '../eval/errors';
import { EMPTY, NULL, integerArg, multi, num, str, textOf, textOrEmpty } from '../eval/values';
import { arg, spanOf } from './args';
import type { Impl } from './types';

export const cStr: Impl = (args, _ctx, call) => {
  const v = arg(args, 0);
  if (v.type === 'multi') return v;
  return v.type === 'null' ? EMPTY : str(textOf(v, spanOf(call, 0))!);
};

export const bitAnd: Impl = (args, _ctx, call) => {
  const a = integerArg(arg(args, 0), spanOf(call, 0), 'value1');
  const b = integerArg(arg(args, 1), spanOf(call, 1), 'value2');
  return num(Number(BigInt.asIntN(64, BigInt(a) & BigInt(b))));
};

export const count: Impl = (args) => {
  const v = arg(args, 0);
  if (v.type === 'null') return num(0);
  return num(v.type === 'multi' ? v.values.length : 1);
};

export const item: Impl = (args, _ctx, call) => {
  const index = integerArg(arg(args, 1), spanOf(call, 1), 'index');
  const v = arg(args, 0);
  const values =
    v.type === 'multi' ? v.values : v.type === 'null' ? [] : [textOf(v, spanOf(call, 0))!];
  const found = values[index - 1];
  if (index < 1 || found === undefined) {
    fail(
      'eval.out-of-range',
      `Item counts from 1; index ${index} is outside the ${values.length} value(s) of this attribute.`,
      spanOf(call, 1),
    );
  }
  return str(found);
};

export const removeDuplicates: Impl = (args) => {
  const v = arg(args, 0);
  // Case-sensitive [U].
  return v.type === 'multi' ? multi([...new Set(v.values)]) : v;
};

function sidFromBytes(bytes: number[]): string | undefined {
  if (bytes.length < 8) return undefined;
  const count = bytes[1]!;
  if (bytes.length !== 8 + 4 * count) return undefined;
  let authority = 0;
  for (let i = 2; i < 8; i++) authority = authority * 256 + bytes[i]!;
  const parts = [`S-${bytes[0]!}-${authority}`];
  for (let k = 0; k < count; k++) {
    const o = 8 + 4 * k;
    parts.push(
      String(
        (bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16) | (bytes[o + 3]! << 24)) >>> 0,
      ),
    );
  }
  return parts.join('-');
}

/** A binary SID given as Base64 (how binary attributes travel as text), or already as text. */
export const stringFromSid: Impl = (args, _ctx, call) => {
  const text = textOf(arg(args, 0), spanOf(call, 0));
  if (text === null) return NULL;
  if (/^S-\d+-/.test(text)) return str(text);
  let bytes: number[] | undefined;
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length % 4 === 0) {
    const binary = atob(text);
    bytes = [...binary].map((c) => c.charCodeAt(0));
  }
  const sid = bytes === undefined ? undefined : sidFromBytes(bytes);
  if (sid === undefined)
    fail('eval.argument', 'ObjectSID is not a binary security identifier.', spanOf(call, 0));
  return str(sid);
};

export const dnComponent: Impl = (args, _ctx, call) => {
  const n = integerArg(arg(args, 1), spanOf(call, 1), 'ComponentNumber');
  const dn = textOf(arg(args, 0), spanOf(call, 0));
  if (dn === null) return NULL;
  const rdns: string[] = [];
  let current = '';
  for (let i = 0; i < dn.length; i++) {
    const c = dn[i]!;
    if (c === '\\' && i + 1 < dn.length) {
      current += c + dn[++i]!;
    } else if (c === ',') {
      rdns.push(current);
      current = '';
    } else current += c;
  }
  rdns.push(current);
  const rdn = rdns[n - 1];
  if (n < 1 || rdn === undefined) return NULL;
  const eq = rdn.indexOf('=');
  return str((eq === -1 ? rdn : rdn.slice(eq + 1)).trim());
};

export const errorFn: Impl = (args, _ctx, call) =>
  fail(
    'eval.error-function',
    textOrEmpty(arg(args, 0), spanOf(call, 0)) || 'Error() was called.',
    call.span,
  );
