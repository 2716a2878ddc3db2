import { describe, expect, it } from 'vitest';
import { checkOutput } from '@/lib/targets/check-output';
import { getTarget } from '@/lib/targets/targets';

const group = getTarget('group.displayName');
const userName = getTarget('user.userName');
const display = getTarget('user.displayName');
const codes = (v: ReturnType<typeof checkOutput>) => v.map((x) => `${x.severity}:${x.code}`);

describe('checkOutput', () => {
  it('passes a value inside the group rule', () => {
    expect(checkOutput(group, 'Dev.Ops_Team-1')).toEqual([]);
    expect(checkOutput(group, ['Engineering'])).toEqual([]);
  });

  it('names each disallowed character, invisible ones by name and code point', () => {
    const [v] = checkOutput(group, 'Sales & Marketing\u00A0Team');
    expect(v).toMatchObject({ code: 'target.charset', severity: 'error' });
    expect(v!.message).toContain('space (U+0020)');
    expect(v!.message).toContain('"&" (U+0026)');
    expect(v!.message).toContain('no-break space (U+00A0)');
    expect(checkOutput(userName, 'a@b.c')).toEqual([]);
    expect(codes(checkOutput(group, 'a@b.c'))).toEqual(['error:target.charset']);
  });

  it('rejects empty and null values of required targets, allows them for optional ones', () => {
    expect(codes(checkOutput(group, ''))).toEqual(['error:target.empty']);
    expect(codes(checkOutput(group, null))).toEqual(['error:target.null']);
    expect(checkOutput(group, null)[0]!.message).toContain('fails to provision');
    expect(codes(checkOutput(userName, []))).toEqual(['error:target.null']);
    expect(checkOutput(display, null)).toEqual([]);
    expect(checkOutput(display, '')).toEqual([]);
    expect(codes(checkOutput(getTarget('user.emails'), ''))).toEqual(['warning:target.empty']);
  });

  it('counts length in UTF-16 units against the maximum', () => {
    expect(checkOutput(group, 'x'.repeat(128))).toEqual([]);
    const [v] = checkOutput(group, 'x'.repeat(129));
    expect(v).toMatchObject({ code: 'target.too-long', severity: 'error' });
    expect(v!.message).toContain('129');
    expect(codes(checkOutput(display, '😀'.repeat(129)))).toEqual(['error:target.too-long']);
    expect(checkOutput(display, '😀'.repeat(128))).toEqual([]);
  });

  it('refuses several values for a single-valued attribute', () => {
    expect(codes(checkOutput(userName, ['a', 'b']))).toEqual(['error:target.multi-valued']);
  });

  it('warns about invisible characters and untrimmed values where no charset is documented', () => {
    expect(codes(checkOutput(display, 'Ka\u200Bren'))).toEqual(['warning:target.invisible-chars']);
    expect(codes(checkOutput(display, ' Bob '))).toEqual(['warning:target.untrimmed']);
    expect(codes(checkOutput(display, 'Sam \uD83D'))).toEqual(['warning:target.invisible-chars']);
  });
});
