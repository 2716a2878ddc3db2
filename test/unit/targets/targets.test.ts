import { describe, expect, it } from 'vitest';
import { citationProblem } from '../../support/doc-citations';
import {
  charClassHas,
  ENTRA_INPUT_BOUNDS,
  getTarget,
  GROUP_NAME_CHARSET,
  TARGET_IDS,
  TARGETS,
  targetPattern,
  USER_NAME_CHARSET,
  type CharClass,
} from '@/lib/targets/targets';

/** Every BMP code point plus a few astral ones (emoji, CJK Extension B). */
function* sampleCodePoints(): Generator<number> {
  for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) yield c;
  yield 0x1f600;
  yield 0x20000;
}

function agreesWithRegex(cls: CharClass, regex: RegExp): number[] {
  const disagreements: number[] = [];
  for (const c of sampleCodePoints()) {
    if (charClassHas(cls, c) !== regex.test(String.fromCodePoint(c))) disagreements.push(c);
  }
  return disagreements;
}

describe('CloudSSO targets', () => {
  it('has exactly the target ids of the automation contract', () => {
    expect([...TARGET_IDS].sort()).toEqual(
      [
        'group.displayName',
        'user.displayName',
        'user.emails',
        'user.name.familyName',
        'user.name.givenName',
        'user.userName',
      ].sort(),
    );
  });

  it('user name characters are exactly the spec regex [A-Za-z0-9@._-] (docs/research/cloudsso.md#users)', () => {
    expect(agreesWithRegex(USER_NAME_CHARSET, /^[A-Za-z0-9@._-]$/u)).toEqual([]);
  });

  it('group name characters are exactly the ROS pattern [a-zA-Z0-9._-]: no @, no space', () => {
    expect(agreesWithRegex(GROUP_NAME_CHARSET, /^[a-zA-Z0-9._-]$/u)).toEqual([]);
    expect(charClassHas(GROUP_NAME_CHARSET, '@'.codePointAt(0)!)).toBe(false);
    expect(charClassHas(GROUP_NAME_CHARSET, ' '.codePointAt(0)!)).toBe(false);
  });

  it('renders the anchored patterns the specs quote, and they accept and reject the same names', () => {
    const user = new RegExp(targetPattern(getTarget('user.userName')), 'u');
    const group = new RegExp(targetPattern(getTarget('group.displayName')), 'u');
    expect(user.test('first.last@contoso.com')).toBe(true);
    expect(user.test('a'.repeat(65))).toBe(false);
    expect(user.test('')).toBe(false);
    expect(group.test('Dev.Ops_Team-1')).toBe(true);
    expect(group.test('a@b')).toBe(false);
    expect(group.test('x'.repeat(128))).toBe(true);
    expect(group.test('x'.repeat(129))).toBe(false);
  });

  it('has the documented lengths and required/optional policy', () => {
    const rule = (id: (typeof TARGET_IDS)[number]) => getTarget(id).rule;
    expect(rule('user.userName')).toMatchObject({
      minLength: 1,
      maxLength: 64,
      nullResult: 'object-fails',
    });
    expect(rule('group.displayName')).toMatchObject({
      minLength: 1,
      maxLength: 128,
      nullResult: 'object-fails',
    });
    expect(rule('user.displayName')).toMatchObject({
      maxLength: 256,
      charset: null,
      nullResult: 'not-sent',
    });
    expect(rule('user.name.givenName').maxLength).toBe(64);
    expect(rule('user.name.familyName').maxLength).toBe(64);
    expect(rule('user.emails')).toMatchObject({ maxLength: 128, unique: true });
  });

  it('names every target in English and Simplified Chinese, with sources and a recommended attribute', () => {
    for (const t of TARGETS) {
      expect(t.name.en).not.toBe('');
      expect(t.name['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(t.summary['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(t.sources.length).toBeGreaterThan(0);
      for (const s of t.sources) expect(citationProblem(s.ref)).toBeNull();
      expect(t.recommendedSources.length).toBeGreaterThan(0);
    }
  });

  it("records Entra's input bounds with their confidence, unknown ones as null", () => {
    const upn = ENTRA_INPUT_BOUNDS.find(
      (b) => b.object === 'user' && b.attribute === 'userPrincipalName',
    );
    expect(upn).toMatchObject({ maxLength: 113, confidence: 'confirmed' });
    const mail = ENTRA_INPUT_BOUNDS.find((b) => b.object === 'user' && b.attribute === 'mail');
    expect(mail).toMatchObject({ maxLength: null, confidence: 'unconfirmed' });
    for (const b of ENTRA_INPUT_BOUNDS) expect(b.source).not.toBe('');
  });
});
