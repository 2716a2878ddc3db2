import { describe, expect, it } from 'vitest';
import { FUNCTIONS, lookupFunction } from '@/lib/expr';

/** docs/research/entra-expressions.md#arity, transcribed independently of the table. */
const ARITY: Record<string, [number, number]> = {
  Append: [2, 2],
  AppRoleAssignmentsComplex: [1, 1],
  AssertiveAppRoleAssignmentsComplex: [1, 1],
  BitAnd: [2, 2],
  CBool: [1, 1],
  CDate: [1, 1],
  Coalesce: [1, Infinity],
  ConvertToBase64: [1, 1],
  ConvertToUTF8Hex: [1, 1],
  Count: [1, 1],
  CStr: [1, 1],
  DateAdd: [3, 3],
  DateDiff: [3, 3],
  DateFromNum: [1, 1],
  DefaultDomain: [0, 0],
  FormatDateTime: [3, 4],
  Guid: [0, 0],
  IgnoreFlowIfNullOrEmpty: [1, 1],
  IIF: [3, 3],
  InStr: [2, 4],
  IsNull: [1, 1],
  IsNullOrEmpty: [1, 1],
  IsPresent: [1, 1],
  IsString: [1, 1],
  Item: [2, 2],
  Join: [2, Infinity],
  Left: [2, 2],
  Len: [1, 1],
  Mid: [3, 3],
  NormalizeDiacritics: [1, 1],
  Not: [1, 1],
  Now: [0, 0],
  NumFromDate: [1, 1],
  PCase: [1, 2],
  RandomString: [5, 6],
  Redact: [1, 1],
  RemoveDuplicates: [1, 1],
  Replace: [7, 7],
  SelectUniqueValue: [2, Infinity],
  SingleAppRoleAssignment: [1, 1],
  Split: [2, 2],
  StripSpaces: [1, 1],
  Switch: [4, Infinity],
  ToLower: [1, 2],
  ToUpper: [1, 2],
  Word: [3, 3],
  ConvertFromBase64: [1, 2],
  DNComponent: [2, 2],
  Error: [1, 1],
  StringFromSid: [1, 1],
  Trim: [1, 1],
  AppRoleAssignments: [1, 1],
  IsNothing: [1, 1],
  Prepend: [2, 2],
};

describe('the function table', () => {
  it('lists exactly the documented functions, each once', () => {
    const names = FUNCTIONS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(ARITY).sort());
  });

  it.each(Object.entries(ARITY))('%s has the documented arity', (name, [min, max]) => {
    const spec = lookupFunction(name)!;
    expect([spec.minArgs, spec.maxArgs]).toEqual([min, max]);
  });

  it('marks the Cloud Sync extras and the Graph-sample-only functions', () => {
    const by = (origin: string): string[] =>
      FUNCTIONS.filter((f) => f.origin === origin)
        .map((f) => f.name)
        .sort();
    expect(by('cloud-sync')).toEqual([
      'ConvertFromBase64',
      'DNComponent',
      'Error',
      'StringFromSid',
      'Trim',
    ]);
    expect(by('graph-sample')).toEqual(['AppRoleAssignments', 'IsNothing', 'Prepend']);
  });

  it('marks the functions that must be the whole expression', () => {
    const top = FUNCTIONS.filter((f) => f.topLevelOnly === true).map((f) => f.name);
    expect(top).toEqual(expect.arrayContaining(['SelectUniqueValue', 'IgnoreFlowIfNullOrEmpty']));
  });

  it('has parameters consistent with the arity', () => {
    for (const f of FUNCTIONS) {
      const variadic = f.params.some((p) => p.variadic === true);
      expect(f.maxArgs === Infinity, f.name).toBe(variadic);
      if (!variadic) expect(f.params, f.name).toHaveLength(f.maxArgs);
      expect(f.summary.length, f.name).toBeGreaterThan(10);
    }
  });

  it('documents the choice made wherever the spec marks behaviour unconfirmed', () => {
    for (const name of [
      'Append',
      'Coalesce',
      'Mid',
      'PCase',
      'Replace',
      'Split',
      'Word',
      'IsNothing',
      'Prepend',
      'FormatDateTime',
    ]) {
      expect(lookupFunction(name)?.unconfirmed, name).toMatch(/\w{3}/);
    }
  });

  it('finds functions whatever their case, and nothing else', () => {
    expect(lookupFunction('switch')?.name).toBe('Switch');
    expect(lookupFunction('IsNullorEmpty')?.name).toBe('IsNullOrEmpty');
    expect(lookupFunction('iif')?.name).toBe('IIF');
    expect(lookupFunction('Concat')).toBeUndefined();
    expect(lookupFunction('toString')).toBeUndefined();
  });
});
