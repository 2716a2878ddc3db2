import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMappings } from '@/lib/mappings/check';
import { applyCommand, fixSchema, readableDiff } from '@/lib/mappings/fix';
import { expressionToSource, sourceExpression } from '@/lib/mappings/graph-source';
import { readSchema, SchemaError } from '@/lib/mappings/schema';

const fixture = readFileSync(
  resolve(__dirname, '../../fixtures/mappings/graph-schema.json'),
  'utf8',
);
const checkOf = (text: string) => {
  const s = readSchema(text);
  return {
    schema: s,
    check: checkMappings({ rows: s.rows, unread: s.unread, objects: s.objects }),
  };
};

describe('Graph schema file', () => {
  it('reads users and groups with their mapping types, matching and defaults', () => {
    const s = readSchema(fixture);
    expect(s.objects).toEqual(['user', 'group']);
    expect(s.unread).toEqual([]);
    const byTarget = new Map(s.rows.map((r) => [`${r.object}:${r.target}`, r]));
    expect(byTarget.get('user:userName')).toMatchObject({
      kind: 'direct',
      source: 'userPrincipalName',
      matching: 1,
    });
    expect(byTarget.get('user:preferredLanguage')).toMatchObject({
      kind: 'constant',
      source: 'en-US',
    });
    expect(byTarget.get('user:active')).toMatchObject({
      kind: 'expression',
      source: 'Not([IsSoftDeleted])',
    });
    expect(byTarget.get('group:members')).toMatchObject({ kind: 'direct', matching: null });
  });

  it('rebuilds a function source without expression from name and parameters', () => {
    const s = readSchema(fixture);
    expect(s.rows.find((r) => r.target === 'displayName' && r.object === 'user')!.source).toBe(
      'Join(" ", [givenName], [surname])',
    );
    // Keyed parameters go to their slots, the others stay empty, as Entra shows Replace.
    expect(
      sourceExpression({
        type: 'Function',
        name: 'Replace',
        parameters: [
          { key: 'source', value: { type: 'Attribute', name: 'mobile' } },
          { key: 'regexPattern', value: { type: 'Constant', name: '[()\\s-]+' } },
          { key: 'replacementValue', value: { type: 'Constant', name: '' } },
        ],
      }),
    ).toBe('Replace([mobile], , "[()\\\\s-]+", , "", , )');
    // Both forms of one source read the same.
    const withText = expressionToSource('Left(NormalizeDiacritics([displayName]), 64)')!;
    expect(sourceExpression(withText)).toBe('Left(NormalizeDiacritics([displayName]), 64)');
    expect(sourceExpression({ ...withText, expression: null })).toBe(
      'Left(NormalizeDiacritics([displayName]), 64)',
    );
  });

  it('refuses files that are not such a schema', () => {
    expect(() => readSchema('{"value": []}')).toThrow(SchemaError);
    expect(() => readSchema('{"synchronizationRules": [}')).toThrow(SchemaError);
    expect(() => readSchema('{"synchronizationRules": []}')).toThrow(/no User or Group/);
  });

  it('checks the file: externalId from mailNickname, three targets to drop, name verdicts', () => {
    const { check } = checkOf(fixture);
    expect(check.users!.required).toEqual([
      expect.objectContaining({ code: 'externalId.source', source: 'mailNickname' }),
    ]);
    expect(check.users!.unsupported.map((u) => u.row.target)).toEqual([
      'title',
      'phoneNumbers[type eq "work"].value',
      'preferredLanguage',
    ]);
    expect(check.groups!.verdicts[0]!.verdict).toBe('unsafe');
    expect(check.problems).toBeGreaterThan(0);
  });

  it('writes a corrected schema that checks clean, everything else byte for byte', () => {
    const { schema, check } = checkOf(fixture);
    const fixed = fixSchema(schema, check);
    const again = checkOf(fixed.text);
    expect(again.check.problems).toBe(0);
    expect(fixed.notFixed).toBe(0);
    expect(
      again.schema.rows.find((r) => r.object === 'user' && r.target === 'externalId'),
    ).toMatchObject({
      kind: 'direct',
      source: 'objectId',
    });
    // Untouched rows: their text is found unchanged in the corrected file.
    const original = JSON.parse(fixture);
    const [users, groups] = original.synchronizationRules[0].objectMappings.map(
      (m: { attributeMappings: unknown[] }) => m.attributeMappings,
    );
    for (const untouched of [users[0], groups[1], groups[2]]) {
      const block = JSON.stringify(untouched, null, 2).replace(/\n/g, '\n            ');
      expect(fixture).toContain(block);
      expect(fixed.text).toContain(block);
    }
    // The text before the first mapping and after the last one is the same bytes.
    const head = fixture.slice(0, fixture.indexOf('"attributeMappings"'));
    expect(fixed.text.startsWith(head)).toBe(true);
    const tail = fixture.slice(fixture.lastIndexOf('"sourceDirectoryName"'));
    expect(fixed.text.endsWith(tail)).toBe(true);
    expect(() => JSON.parse(fixed.text)).not.toThrow();
  });

  it('writes a schema with nothing to fix unchanged, byte for byte', () => {
    const { schema, check } = checkOf(fixture);
    const once = fixSchema(schema, check).text;
    const twice = fixSchema(readSchema(once));
    expect(twice.changes).toEqual([]);
    expect(twice.text).toBe(once);
  });

  it('keeps one-line files one line and removes the last items with their commas', () => {
    const compact = JSON.stringify(JSON.parse(fixture));
    const fixed = fixSchema(readSchema(compact));
    expect(fixed.text).not.toContain('\n');
    expect(checkOf(fixed.text).check.problems).toBe(0);
  });

  it('explains the changes and names the one command that applies them', () => {
    const { schema, check } = checkOf(fixture);
    const fixed = fixSchema(schema, check);
    const diff = readableDiff(fixed.changes);
    expect(diff).toContain(
      'Users › externalId: replace (externalId)\n- [mailNickname]\n+ [objectId]',
    );
    expect(diff).toContain('Users › title: remove');
    expect(applyCommand('fixed.json')).toBe(
      'az rest --method PUT --url https://graph.microsoft.com/v1.0/servicePrincipals/<servicePrincipalId>/synchronization/jobs/<jobId>/schema --body @fixed.json',
    );
  });
});
