import { describe, expect, it } from 'vitest';
import { parse, type ArgNode, type ExprNode } from '@/lib/expr';
import { sexpr } from './sexpr';

const tree = (source: string): string => sexpr(parse(source).ast);
const codes = (source: string): string[] => parse(source).diagnostics.map((d) => d.code);

/** Valid examples (docs/research/entra-expressions.md#examples): each parses without a diagnostic into the expected tree. */
describe('parse: valid examples from the spec', () => {
  it.each([
    ['Append([userPrincipalName], ".test")', '(Append [userPrincipalName] ".test")'],
    [
      'Join("@", NormalizeDiacritics(StripSpaces(Join(".", [PreferredFirstName], [PreferredLastName]))), "contoso.com")',
      '(Join "@" (NormalizeDiacritics (StripSpaces (Join "." [PreferredFirstName] [PreferredLastName]))) "contoso.com")',
    ],
    [
      'Replace([BusinessTitle], "Product Developer", , , "Software Engineer", , )',
      '(Replace [BusinessTitle] "Product Developer" _ _ "Software Engineer" _ _)',
    ],
    [
      'Replace([telephoneNumber], , "\\\\+(?<isdCode>\\\\d* )(?<phoneNumber>\\\\d{10})", , "${phoneNumber}", , )',
      '(Replace [telephoneNumber] _ "\\\\+(?<isdCode>\\\\d* )(?<phoneNumber>\\\\d{10})" _ "${phoneNumber}" _ _)',
    ],
    ['Switch([Active], , "1", "False", "0", "True")', '(Switch [Active] _ "1" "False" "0" "True")'],
    [
      'IIF(DateDiff("d", Now(), CDate([StatusHireDate])) > 5, "False", "True")',
      '(IIF {(DateDiff "d" (Now) (CDate [StatusHireDate])) > #5} "False" "True")',
    ],
    [
      'IIF(InStr([emailAddress], "@contoso.com") = 0, "", [emailAddress])',
      '(IIF {(InStr [emailAddress] "@contoso.com") = #0} "" [emailAddress])',
    ],
    ['InStr("repEated", "e", 3, vbBinaryCompare)', '(InStr "repEated" "e" #3 vbBinaryCompare)'],
    ['BitAnd(&HF, &HF7)', '(BitAnd #15 #247)'],
    ['Mid([PreferredFirstName], "1", "2")', '(Mid [PreferredFirstName] "1" "2")'],
    [
      'Join("", [title], "(", [urn:ietf:params:scim:schemas:extension:contoso:1.0:User:JobCode], ")")',
      '(Join "" [title] "(" [urn:ietf:params:scim:schemas:extension:contoso:1.0:User:JobCode] ")")',
    ],
    [
      'Switch(SingleAppRoleAssignment([appRoleAssignments]), "member", "My Corp Admins", "owner")',
      '(Switch (SingleAppRoleAssignment [appRoleAssignments]) "member" "My Corp Admins" "owner")',
    ],
    ['Replace([mail], "@contoso.com", , ,"", ,)', '(Replace [mail] "@contoso.com" _ _ "" _ _)'],
    ['CBool([a] = [b])', '(CBool {[a] = [b]})'],
    ['DateAdd("d", -10, CDate([x]))', '(DateAdd "d" #-10 (CDate [x]))'],
    ['Guid()', '(Guid)'],
    ['Guid(  )', '(Guid)'],
    ['F( , )', '(F _ _)'],
    ['F(,)', '(F _ _)'],
    ['F(a,)', '(F a _)'],
    ['[displayName]', '[displayName]'],
    ['"Constant"', '"Constant"'],
    ['  \n\tJoin(" ",\n    [givenName],\n    [surname]\n)  ', '(Join " " [givenName] [surname])'],
    ['Len(42568.75)', '(Len #42568.75)'],
    [
      'IIF([a] <> "", IgnoreAttributeFlow, IgnoreObjectFlow)',
      '(IIF {[a] <> ""} IgnoreAttributeFlow IgnoreObjectFlow)',
    ],
    ['"a \\"quoted\\" word"', '"a \\"quoted\\" word"'],
  ])('%s', (source, expected) => {
    const result = parse(source);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(sexpr(result.ast)).toBe(expected);
  });
});

/** Invalid examples (docs/research/entra-expressions.md#examples), and the other mistakes admins make: the problem and the kept tree. */
describe('parse: invalid input reports the problem and keeps a tree', () => {
  it.each([
    [
      'Append([userPrincipalName], ".test"))',
      ['syntax.extra-paren'],
      '(Append [userPrincipalName] ".test")',
    ],
    [
      'IIF([country]="USA" AND [state]="CA", "x", "y")',
      ['trap.and-or'],
      '(IIF !<{[country] = "USA"} {[state] = "CA"}> "x" "y")',
    ],
    [
      'IIF([a]="1" OR [b]="2", "x", "y")',
      ['trap.and-or'],
      '(IIF !<{[a] = "1"} {[b] = "2"}> "x" "y")',
    ],
    [
      'IIF([a]="1" && [b]="2", "x", "y")',
      ['trap.and-or'],
      '(IIF !<{[a] = "1"} {[b] = "2"}> "x" "y")',
    ],
    [
      'IIF([a]="1" || [b]="2", "x", "y")',
      ['trap.and-or'],
      '(IIF !<{[a] = "1"} {[b] = "2"}> "x" "y")',
    ],
    [
      'Join(" ", [givenName] & [surname])',
      ['trap.ampersand'],
      '(Join " " !<[givenName] [surname]>)',
    ],
    ['Join(" ", [givenName] + [surname])', ['trap.plus'], '(Join " " !<[givenName] [surname]>)'],
    ['“Company”', ['trap.typographic-quotes'], '"Company"'],
    ['IIF([a] == "x", "y", "z")', ['trap.double-equals'], '(IIF {[a] = "x"} "y" "z")'],
    ['IIF([a] != "x", "y", "z")', ['trap.not-equals'], '(IIF {[a] <> "x"} "y" "z")'],
    ['IIF(NOT IsNull([a]), "y", "z")', ['trap.not-operator'], '(IIF !<(IsNull [a])> "y" "z")'],
    ['IIF(1 < [x] < 5, "a", "b")', ['syntax.chained-comparison'], '(IIF !<{#1 < [x]} #5> "a" "b")'],
    ['Join("a" [b])', ['syntax.missing-comma'], '(Join "a" [b])'],
    ['Join(".", Mid([x], 1, 2', ['syntax.missing-paren'], '(Join "." (Mid [x] #1 #2))'],
    ['Join(".",', ['syntax.missing-paren'], '(Join "." _)'],
    ['Join(', ['syntax.missing-paren'], '(Join)'],
    ['Join(".", "a', ['syntax.unclosed-string', 'syntax.missing-paren'], '(Join "." "a")'],
    ['Join(".", [a, [b])', ['syntax.unclosed-attribute'], '(Join "." [a] [b])'],
    ['Join(".", (Mid([x], 1, 2)))', ['syntax.grouping'], '(Join "." (Mid [x] #1 #2))'],
    ['', ['syntax.empty'], '!'],
    ['   ', ['syntax.empty'], '!'],
    ['[a] =', ['syntax.missing-value'], '{[a] = !}'],
    ['= [a]', ['syntax.missing-value'], '{! = [a]}'],
    ['[a], [b]', ['syntax.trailing-text'], '!<[a] [b]>'],
    ['Mid([a], 1, 2)) , [b])', ['syntax.extra-paren'], '!<(Mid [a] #1 #2) [b]>'],
    ['Join(",", @[a])', ['syntax.unexpected-char'], '(Join "," [a])'],
    ['Join(",", @)', ['syntax.unexpected-char'], '(Join "," !)'],
    ['Join(",", [a] ; [b])', ['syntax.unexpected-char'], '(Join "," [a] [b])'],
  ])('%s', (source, expectedCodes, expectedTree) => {
    expect(codes(source)).toEqual(expectedCodes);
    expect(tree(source)).toBe(expectedTree);
  });
});

describe('parse: messages an admin can act on', () => {
  it('counts the extra parentheses at the end and offers to remove them', () => {
    const one = parse('Append([a], "b"))').diagnostics[0];
    expect(one?.message).toBe('There is one ")" too many at the end.');
    expect(one).toMatchObject({ start: 16, end: 17, suggestion: { text: '' } });
    expect(parse('Append([a], "b")))').diagnostics[0]?.message).toBe(
      'There are 2 ")" too many at the end.',
    );
  });

  it('rewrites & concatenation with Join', () => {
    const source = 'Join(" ", [givenName] & " " & [surname])';
    const [d] = parse(source).diagnostics;
    expect(d?.suggestion?.text).toBe('Join("", [givenName], " ", [surname])');
    expect(source.slice(d!.start, d!.end)).toBe('[givenName] & " " & [surname]');
  });

  it('explains how to nest IIF instead of AND', () => {
    const [d] = parse('IIF([a]="1" AND [b]="2", "x", "y")').diagnostics;
    expect(d?.message).toContain('IIF(A, IIF(B, x, y), y)');
  });

  it('names every call that is still open at the end', () => {
    const [d] = parse('Join(".", Mid([x], 1, 2').diagnostics;
    expect(d?.message).toBe('2 closing ")" are missing at the end (for "Mid(" and "Join(").');
    expect(d?.suggestion?.text).toBe('))');
  });

  it('reports several problems in one pass', () => {
    const result = parse('Join(" ", [givenName] & [surname], “x”, Mid([a] 1, 2)))');
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'trap.ampersand',
      'trap.typographic-quotes',
      'syntax.missing-comma',
      'syntax.extra-paren',
    ]);
  });

  it('reports the 10,000-character cap and still parses', () => {
    const source = `Join("", ${Array.from({ length: 1100 }, () => '"abcdefg"').join(', ')})`;
    const result = parse(source);
    expect(source.length).toBeGreaterThan(10_000);
    expect(result.diagnostics).toMatchObject([
      { code: 'syntax.too-long', start: 10_000, end: source.length },
    ]);
    expect(result.ast.kind === 'call' && result.ast.args.length).toBe(1101);
  });

  it('stops descending past the nesting limit instead of overflowing the stack', () => {
    const depth = 5000;
    const source = `${'F('.repeat(depth)}[a]${')'.repeat(depth)}`;
    const result = parse(source);
    expect(result.diagnostics.map((d) => d.code)).toContain('syntax.too-deep');
    expect(result.diagnostics.map((d) => d.code)).not.toContain('syntax.extra-paren');
  });
});

describe('parse: spans', () => {
  function* nodes(node: ArgNode): Generator<ArgNode> {
    yield node;
    if (node.kind === 'call') for (const a of node.args) yield* nodes(a);
    if (node.kind === 'compare') {
      yield* nodes(node.left);
      yield* nodes(node.right);
    }
  }

  it('gives every node, including empty slots, its source range', () => {
    const source = 'Replace([mail], "@x.com", , , "", , )';
    const ast: ExprNode = parse(source).ast;
    const texts = [...nodes(ast)].map((n) => source.slice(n.span.start, n.span.end));
    expect(texts).toEqual([source, '[mail]', '"@x.com"', ' ', ' ', '""', ' ', ' ']);
    expect(ast.kind === 'call' && source.slice(ast.nameSpan.start, ast.nameSpan.end)).toBe(
      'Replace',
    );
  });

  it('gives a comparison the range of both operands', () => {
    const source = 'IIF([a] >= 5, "x", "y")';
    const ast = parse(source).ast;
    const cond = ast.kind === 'call' ? ast.args[0] : undefined;
    expect(cond && source.slice(cond.span.start, cond.span.end)).toBe('[a] >= 5');
  });
});
