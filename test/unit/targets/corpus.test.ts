import { describe, expect, it } from 'vitest';
import { CORPUS, GROUP_CORPUS, USER_CORPUS } from '@/lib/targets/corpus';
import { charClassHas, ENTRA_INPUT_BOUNDS } from '@/lib/targets/targets';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const byId = (id: string) => CORPUS.find((r) => r.id === id)!;

describe('built-in corpus', () => {
  it('has at least 40 user records and a set of group records, with unique ids and labels', () => {
    expect(USER_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(GROUP_CORPUS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CORPUS.map((r) => r.id)).size).toBe(CORPUS.length);
    for (const r of CORPUS) expect(r.label.trim().length).toBeGreaterThan(3);
  });

  it('gives every user a UPN and an objectId, and groups an objectId', () => {
    for (const r of USER_CORPUS) {
      expect(str(r.attrs.userPrincipalName)).toBeDefined();
      expect(str(r.attrs.objectId)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
    for (const r of GROUP_CORPUS) expect(str(r.attrs.objectId)).toHaveLength(36);
    expect(new Set(CORPUS.map((r) => r.attrs.objectId)).size).toBe(CORPUS.length);
  });

  it('covers the hard cases the issue lists', () => {
    const all = CORPUS.flatMap((r) =>
      Object.values(r.attrs).filter((v): v is string => typeof v === 'string'),
    ).join('\n');
    const needles = [
      'José Müller',
      'Zoë',
      'ß',
      'Æ',
      'Ø',
      'Å',
      'Nguyễn',
      'Đ',
      '张伟',
      '山田',
      'カタカナ',
      '김',
      '😀',
      '\u00A0',
      '\u3000',
      '\t',
      "O'Brien",
      '’',
      '(',
      '&',
      '/',
      '+',
      ',',
      '#EXT#',
    ];
    for (const n of needles) expect(all, n).toContain(n);
    expect(byId('u-padded').attrs.displayName).toMatch(/^ .* $/);
    expect(byId('u-double-space').attrs.displayName).toContain('  ');
    expect(byId('u-no-display').attrs).not.toHaveProperty('displayName');
    expect(byId('u-empty-display').attrs.displayName).toBe('');
    expect(byId('g-no-display').attrs).not.toHaveProperty('displayName');
    expect(byId('g-empty').attrs.displayName).toBe('');
  });

  it('has names just inside and just outside each length limit', () => {
    expect(str(byId('u-upn-64').attrs.userPrincipalName)).toHaveLength(64);
    expect(str(byId('u-upn-65').attrs.userPrincipalName)).toHaveLength(65);
    expect(str(byId('u-display-64').attrs.displayName)).toHaveLength(64);
    expect(str(byId('u-display-65').attrs.displayName)).toHaveLength(65);
    expect(str(byId('u-display-128').attrs.displayName)).toHaveLength(128);
    expect(str(byId('u-display-129').attrs.displayName)).toHaveLength(129);
    expect(str(byId('u-mail-128').attrs.mail)).toHaveLength(128);
    expect(str(byId('u-mail-129').attrs.mail)).toHaveLength(129);
    expect(str(byId('g-128').attrs.displayName)).toHaveLength(128);
    expect(str(byId('g-129').attrs.displayName)).toHaveLength(129);
    expect(
      str(byId('g-140-spaces').attrs.displayName)!.replace(/ /g, '').length,
    ).toBeLessThanOrEqual(128);
  });

  it("stays within Entra's own input bounds, so no record is impossible in a real tenant", () => {
    for (const r of CORPUS) {
      for (const b of ENTRA_INPUT_BOUNDS.filter((x) => x.object === r.object)) {
        const v = str(r.attrs[b.attribute]);
        if (v === undefined) continue;
        if (b.maxLength !== null)
          expect(v.length, `${r.id}.${b.attribute}`).toBeLessThanOrEqual(b.maxLength);
        if (b.charset) {
          for (const ch of v)
            expect(
              charClassHas(b.charset, ch.codePointAt(0)!),
              `${r.id}.${b.attribute} ${ch}`,
            ).toBe(true);
        }
      }
    }
    for (const r of USER_CORPUS) {
      const [local, domain, extra] = str(r.attrs.userPrincipalName)!.split('@');
      expect(extra, r.id).toBeUndefined();
      expect(local!.length, r.id).toBeLessThanOrEqual(64);
      expect(domain!.length, r.id).toBeLessThanOrEqual(48);
      expect(local, r.id).not.toMatch(/\.$/);
    }
  });
});
