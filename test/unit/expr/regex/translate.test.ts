import { describe, expect, it } from 'vitest';
import { translateRegex } from '@/lib/expr';
import { value } from '../eval/run';

/** .NET Regex.Replace(input, pattern, replacement) through the evaluator. */
function netReplace(input: string, pattern: string, replacement: string): unknown {
  const lit = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return value(`Replace([x], , ${lit(pattern)}, , ${lit(replacement)}, , )`, { x: input });
}

describe('.NET character classes, exactly', () => {
  it('\\w is Unicode-aware: letters of every script, marks, digits, connectors', () => {
    expect(netReplace('aé中_٣-!', '\\w', '')).toBe('-!');
    expect(netReplace('Zoë 中文 Groß', '[^\\w]', '')).toBe('Zoë中文Groß');
    expect(netReplace('e\u0301', '\\W', '')).toBe('e\u0301');
  });

  it("\\d is every script's decimal digits", () => {
    expect(netReplace('1٣۴५x', '\\d', '#')).toBe('####x');
  });

  it('\\s covers NBSP, U+3000 and U+0085 but not U+FEFF', () => {
    expect(netReplace('a\u00a0b\u3000c\u0085d\ufeffe', '\\s', '_')).toBe('a_b_c_d\ufeffe');
  });

  it('"." excludes only "\\n" (JavaScript would also exclude "\\r")', () => {
    expect(netReplace('a\rb\nc', '.', 'x')).toBe('xxx\nx');
  });

  it('matches UTF-16 units like .NET: an emoji is two units', () => {
    expect(netReplace('Ann😀', '[^A-Za-z]', '_')).toBe('Ann__');
    expect(netReplace('😀', '.', 'x')).toBe('xx');
    expect(netReplace('𠀀', '\\p{L}', 'L')).toBe('𠀀');
    expect(netReplace('𠀀', '\\p{Cs}', 'S')).toBe('SS');
  });

  it('\\p{…} categories and named blocks', () => {
    expect(netReplace('Ελένη Smith', '\\p{IsGreek}', '')).toBe(' Smith');
    expect(netReplace('Ab中', '\\p{Lu}', '')).toBe('b中');
    expect(netReplace('王a', '\\p{IsCJKUnifiedIdeographs}', '?')).toBe('?a');
    expect(netReplace('a\u200bb', '[\\p{Cc}\\p{Cf}]', '')).toBe('ab');
  });

  it('class subtraction [a-z-[aeiou]]', () => {
    expect(netReplace('education', '[a-z-[aeiou]]', '')).toBe('euaio');
  });

  it('"]" first in a class is literal; "{" not forming a quantifier is literal', () => {
    expect(netReplace('a]b', '[]a]', '')).toBe('b');
    expect(netReplace('a{b', 'a{b', 'x')).toBe('x');
  });

  it('escapes: \\x, \\u, octal \\0nn, \\cX, \\e, \\t', () => {
    expect(netReplace('A\u0001\t\u001b', '\\x41|\\u0001|\\cI|\\e', '.')).toBe('....');
    // "\\0101" is octal 010 then "1"; "\\101" names no group, so it is octal 101 = "A".
    expect(netReplace('\b1', '\\0101', 'x')).toBe('x');
    expect(netReplace('A', '\\101', 'x')).toBe('x');
  });
});

describe('.NET anchors', () => {
  it('$ also matches before a final "\\n"; \\z only at the very end; \\Z like $', () => {
    expect(netReplace('abc\n', 'c$', 'X')).toBe('abX\n');
    expect(netReplace('abc\n', 'c\\z', 'X')).toBe('abc\n');
    expect(netReplace('abc\n', 'c\\Z', 'X')).toBe('abX\n');
    expect(netReplace('abc', 'c\\z', 'X')).toBe('abX');
  });

  it('\\A is the start of the input even in multiline mode', () => {
    expect(netReplace('a\na', '(?m)\\Aa', 'X')).toBe('X\na');
    expect(netReplace('a\na', '(?m)^a', 'X')).toBe('X\nX');
  });

  it('(?m) lines end only at "\\n", not "\\r"', () => {
    expect(netReplace('a\rb\nc', '(?m)^.', '_')).toBe('_\rb\n_');
  });

  it('\\b uses the Unicode word definition', () => {
    expect(netReplace('élan vital', '\\b', '|')).toBe('|élan| |vital|');
  });
});

describe('groups and substitutions', () => {
  it('named groups in both syntaxes, with ${name} substitution', () => {
    expect(netReplace('John Doe', "(?'first'\\w+) (?<last>\\w+)", '${last} ${first}')).toBe(
      'Doe John',
    );
  });

  it('numbered references follow .NET numbering (unnamed groups first)', () => {
    expect(netReplace('ab', '(?<x>a)(b)', '$1$2|${x}')).toBe('ba|a');
    expect(netReplace('ab', '(a)(b)', '$2$1$$$12')).toBe('ba$$12');
  });

  it("$+ is the highest-numbered group, $_ the whole input, $` and $' the surroundings", () => {
    expect(netReplace('xaby', '(a)(b)', '[$+]')).toBe('x[b]y');
    expect(netReplace('xay', 'a', '[$_]')).toBe('x[xay]y');
    expect(netReplace('xay', 'a', "[$`|$']")).toBe('x[x|y]y');
  });

  it('back-references by number and by name', () => {
    expect(netReplace('aa ab bb', '(\\w)\\1', '=')).toBe('= ab =');
    expect(netReplace('abab', '(?<p>ab)\\k<p>', 'X')).toBe('X');
  });

  it('atomic groups do not give back what they matched', () => {
    expect(netReplace('aaab', '(?>a+)b', 'X')).toBe('X');
    expect(netReplace('aaab', '(?>a+)ab', 'X')).toBe('aaab');
    expect(netReplace('aaab', '(?:a+)ab', 'X')).toBe('X');
  });
});

describe('inline options', () => {
  it('(?i) for the rest of the group, (?i:…) for a group, (?-i) to turn it off', () => {
    expect(netReplace('AB Ab ab aB', '(?i:a)b', '_')).toBe('AB _ _ aB');
    expect(netReplace('AB ab', '(?i)ab', '_')).toBe('_ _');
    expect(netReplace('AB Ab', '(?i)a(?-i)b', '_')).toBe('AB _');
    expect(netReplace('XAB xab', 'x((?i)a)b', '_')).toBe('XAB _');
  });

  it('case-insensitive matching uses simple case folding (K matches the Kelvin sign, İ is not i)', () => {
    expect(netReplace('k\u212aK', '(?i)k', '_')).toBe('___');
    expect(netReplace('İi', '(?i)i', '_')).toBe('İ_');
  });

  it('(?x) ignores white space and # comments; (?s) lets "." match "\\n"; (?n) stops capturing', () => {
    expect(netReplace('ab', '(?x) a  b # comment', 'X')).toBe('X');
    expect(netReplace('a\nb', '(?s)a.b', 'X')).toBe('X');
    // With (?n) only the named group captures, so it is group 1.
    expect(netReplace('ab', '(?n)(a)(?<x>b)', '$1|${x}|$2')).toBe('b|b|$2');
  });

  it('a case-insensitive back-reference works when the whole pattern ignores case', () => {
    expect(netReplace('aA', '(?i)(a)\\1', 'X')).toBe('X');
  });
});

describe('translateRegex', () => {
  it('produces a JavaScript source without the u flag and a .NET group map', () => {
    const result = translateRegex('(?<a>x)(y)');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.regex.flags).toBe('');
    expect(result.regex.groupIndex.get('1')).toBe(2);
    expect(result.regex.groupIndex.get('2')).toBe(1);
    expect(result.regex.groupIndex.get('a')).toBe(1);
    expect(new RegExp(result.regex.source).exec('xy')?.[0]).toBe('xy');
  });

  it('refuses what it cannot translate exactly', () => {
    for (const pattern of [
      '(?<o-c>a)',
      '(?(a)b|c)',
      '\\Ga',
      '\\p{IsOldItalic}',
      '(?<n>a)(?<n>b)',
    ]) {
      const result = translateRegex(pattern);
      expect(result.ok, pattern).toBe(false);
    }
  });
});
