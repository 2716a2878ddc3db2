import { describe, expect, it } from 'vitest';
import { scan, type Token } from '@/lib/expr/scanner';

function show(t: Token): string {
  switch (t.kind) {
    case 'ident':
      return `id:${t.text}`;
    case 'attr':
      return `attr:${t.name}${t.terminated ? '' : '…'}`;
    case 'string':
      return `str:${t.value}`;
    case 'number':
      return `num:${t.value}`;
    case 'compare':
      return `op:${t.op}`;
    case 'join-op':
      return `join:${t.op}`;
    case 'unknown':
      return `?:${t.text}`;
    default:
      return t.kind;
  }
}

const kinds = (source: string): string[] => scan(source).tokens.map(show);
const codes = (source: string): string[] => scan(source).diagnostics.map((d) => d.code);

describe('scan: tokens', () => {
  it.each([
    [
      'Append([userPrincipalName], ".test")',
      ['id:Append', 'lparen', 'attr:userPrincipalName', 'comma', 'str:.test', 'rparen', 'eof'],
    ],
    [
      '[urn:ietf:params:scim:schemas:extension:contoso:1.0:User:JobCode]',
      ['attr:urn:ietf:params:scim:schemas:extension:contoso:1.0:User:JobCode', 'eof'],
    ],
    ['[extension_53c9a1b2_acmeCostCenter]', ['attr:extension_53c9a1b2_acmeCostCenter', 'eof']],
    ['[passwordProfile.password]', ['attr:passwordProfile.password', 'eof']],
    ['"a \\"b\\" c"', ['str:a "b" c', 'eof']],
    ['"C:\\\\x"', ['str:C:\\x', 'eof']],
    ['"\\d+"', ['str:\\d+', 'eof']],
    ['42568.75', ['num:42568.75', 'eof']],
    ['-10', ['num:-10', 'eof']],
    ['&HF7 &hf', ['num:247', 'num:15', 'eof']],
    ['vbBinaryCompare', ['id:vbBinaryCompare', 'eof']],
    ['= <> < <= > >=', ['op:=', 'op:<>', 'op:<', 'op:<=', 'op:>', 'op:>=', 'eof']],
    ['== !=', ['op:=', 'op:<>', 'eof']],
    ['& && || +', ['join:&', 'join:&&', 'join:||', 'join:+', 'eof']],
    ['\tF (\r\n)', ['id:F', 'lparen', 'rparen', 'eof']],
    ['“Company”', ['str:Company', 'eof']],
    ["'Company'", ['str:Company', 'eof']],
    ['"O’Brien"', ['str:O’Brien', 'eof']],
    ['[givenName, "x"', ['attr:givenName…', 'comma', 'str:x', 'eof']],
    ['@', ['?:@', 'eof']],
    ['@@@ @', ['?:@@@', '?:@', 'eof']],
    ['😀', ['?:😀', 'eof']],
  ])('%s', (source, expected) => {
    expect(kinds(source)).toEqual(expected);
  });
});

describe('scan: diagnostics', () => {
  it.each([
    ['"abc', ['syntax.unclosed-string']],
    ['[abc', ['syntax.unclosed-attribute']],
    ['[]', ['syntax.empty-attribute']],
    ['“Company”', ['trap.typographic-quotes']],
    ["'Company'", ['syntax.single-quotes']],
    ['a == b', ['trap.double-equals']],
    ['a != b', ['trap.not-equals']],
    ['!a', ['trap.not-operator']],
    ['-x', ['trap.arithmetic']],
    ['-1', ['unconfirmed.negative-number']],
    ['&Hz', ['syntax.bad-hex']],
    ['%Domain%', ['trap.connect-sync-parameter']],
    ['F(a; b)', ['syntax.unexpected-char']],
    ['F(\u00a0)', ['syntax.unusual-space']],
    ['"ok" "\\d"', []],
  ])('%s', (source, expected) => {
    expect(codes(source)).toEqual(expected);
  });

  it('says how to fix a straight quote closed by a typographic one', () => {
    const [d] = scan('"Company”').diagnostics;
    expect(d?.code).toBe('syntax.unclosed-string');
    expect(d?.message).toContain('typographic quote ”');
  });

  it('offers straight quotes for typographic ones, escaping what needs it', () => {
    const [d] = scan('“a\\b”').diagnostics;
    expect(d?.suggestion?.text).toBe('"a\\\\b"');
    expect(d?.message).toBe(
      'This expression uses typographic quotes (“ ”). Entra only accepts straight double quotes "; replace them.',
    );
  });

  it('replaces a semicolon with a comma', () => {
    const [d] = scan('Join(";"; [a])').diagnostics;
    expect(d).toMatchObject({ start: 8, end: 9, suggestion: { text: ',' } });
  });
});

describe('scan: spans', () => {
  it('records the exact source range of every token', () => {
    const source = 'IIF([a] >= 5, "x\\"", &H1F)';
    for (const t of scan(source).tokens) {
      const text = source.slice(t.span.start, t.span.end);
      if (t.kind === 'string' || t.kind === 'number') expect(text).toBe(t.raw);
      if (t.kind === 'attr') expect(text).toBe(`[${t.name}]`);
      if (t.kind === 'compare') expect(text).toBe(t.op);
    }
  });
});
