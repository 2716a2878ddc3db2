/** Generators, identity and special-purpose functions (docs/research/entra-expressions.md#generators-and-special-purpose-functions). */
import { fail } from '../eval/errors';
import { NULL, integerArg, isNullOrEmpty, multi, str, textOf, textOrEmpty } from '../eval/values';
import { arg, provided, spanOf } from './args';
import type { EvalContext, Impl } from './types';

export const guid: Impl = (_args, ctx) => {
  const b = ctx.randomBytes(16);
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return str(
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
  );
};

const DIGITS = '0123456789';
/** The Windows password-complexity special characters. */
const SPECIALS = '~!@#$%^&*_-+=`|\\(){}[]:;"\'<>,.?/';
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWERS = 'abcdefghijklmnopqrstuvwxyz';

/** A uniform integer in [0, n) from the context's random bytes. */
function randomIndex(ctx: EvalContext, n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  for (;;) {
    const b = ctx.randomBytes(4);
    const x = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
    if (x < limit) return x % n;
  }
}

export const randomString: Impl = (args, ctx, call) => {
  const [length, numbers, specials, capitals, lowers] = [0, 1, 2, 3, 4].map((i) =>
    integerArg(
      arg(args, i),
      spanOf(call, i),
      [
        'Length',
        'MinimumNumbers',
        'MinimumSpecialCharacters',
        'MinimumCapital',
        'MinimumLowerCase',
      ][i]!,
    ),
  ) as [number, number, number, number, number];
  const avoid = provided(args, 5) ? textOrEmpty(arg(args, 5), spanOf(call, 5)) : '';
  if (length > 256)
    fail('eval.argument', 'RandomString can be at most 256 characters long.', spanOf(call, 0));
  if ([numbers, specials, capitals, lowers].some((n) => n < 0)) {
    fail('eval.argument', 'The minimums cannot be negative.', call.span);
  }
  if (numbers + specials + capitals + lowers > length) {
    fail('eval.argument', 'Length must be at least the sum of the minimums.', spanOf(call, 0));
  }
  const pools = [DIGITS, SPECIALS, CAPITALS, LOWERS].map((p) =>
    [...p].filter((c) => !avoid.includes(c)).join(''),
  );
  const minimums = [numbers, specials, capitals, lowers];
  const all = pools.join('');
  if (all === '' || pools.some((p, i) => p === '' && minimums[i]! > 0)) {
    fail(
      'eval.argument',
      'CharactersToAvoid leaves no characters to choose from.',
      spanOf(call, 5),
    );
  }
  const chars: string[] = [];
  pools.forEach((pool, i) => {
    for (let k = 0; k < minimums[i]!; k++) chars.push(pool[randomIndex(ctx, pool.length)]!);
  });
  while (chars.length < length) chars.push(all[randomIndex(ctx, all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomIndex(ctx, i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return str(chars.join(''));
};

/** The value flows unchanged; only provisioning logs hide it. */
export const redact: Impl = (args) => arg(args, 0);

export const defaultDomain: Impl = (_args, ctx, call) => {
  if (ctx.defaultDomain === undefined) {
    fail(
      'eval.no-default-domain',
      "DefaultDomain() needs the tenant's default verified domain, which is not known here.",
      call.span,
    );
  }
  return str(ctx.defaultDomain);
};

/**
 * Entra returns the first rule whose value does not exist yet in the target directory. Offline
 * there is no directory to ask, so the first rule that yields a value is returned.
 */
export const selectUniqueValue: Impl = (args) => {
  for (let i = 0; i < args.length; i++) {
    const v = arg(args, i);
    if (!isNullOrEmpty(v)) return v;
  }
  return NULL;
};

export const singleAppRoleAssignment: Impl = (args, _ctx, call) => {
  const v = arg(args, 0);
  // With several roles Entra's pick is unpredictable; the first is as good as any.
  if (v.type === 'multi') return v.values.length === 0 ? NULL : str(v.values[0]!);
  const text = textOf(v, spanOf(call, 0));
  return text === null ? NULL : str(text);
};

/** Role names as a multi-valued result (Entra sends SCIM role objects built from them). */
export const appRoleAssignments: Impl = (args, _ctx, call) => {
  const v = arg(args, 0);
  if (v.type === 'multi' || v.type === 'null') return v;
  return multi([textOrEmpty(v, spanOf(call, 0))]);
};
