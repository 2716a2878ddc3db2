import type { FunctionSpec, ParamSpec } from '@/lib/expr/functions/types';

/** A small function table in the engine's format, for rules that depend only on the table. */
const p = (
  name: string,
  kind: ParamSpec['kind'] = 'any',
  extra: Partial<ParamSpec> = {},
): ParamSpec => ({
  name,
  kind,
  ...extra,
});
const fn = (name: string, params: ParamSpec[], extra: Partial<FunctionSpec> = {}): FunctionSpec => {
  const fixed = params.filter((x) => x.variadic !== true);
  return {
    name,
    origin: 'app-provisioning',
    params,
    minArgs: fixed.filter((x) => x.optional !== true).length,
    maxArgs: params.some((x) => x.variadic === true) ? Infinity : params.length,
    returns: 'string',
    summary: name,
    impl: () => ({ type: 'null' }),
    ...extra,
  };
};

export const TEST_FUNCTIONS: readonly FunctionSpec[] = [
  fn('Append', [p('source'), p('suffix', 'string')]),
  fn('Join', [p('separator', 'string'), p('source', 'any', { variadic: true })], { minArgs: 2 }),
  fn('Mid', [p('source'), p('start', 'number'), p('length', 'number')]),
  fn(
    'Replace',
    [
      p('source'),
      p('oldValue', 'string', { optional: true }),
      p('regexPattern', 'regex', { optional: true }),
      p('regexGroupName', 'string', { optional: true }),
      p('replacementValue', 'string', { optional: true }),
      p('replacementAttributeName', 'any', { optional: true }),
      p('template', 'string', { optional: true }),
    ],
    { minArgs: 7 },
  ),
  fn(
    'Switch',
    [
      p('source'),
      p('defaultValue', 'any', { optional: true }),
      p('key', 'string', { variadic: true }),
      p('value', 'any', { variadic: true }),
    ],
    { minArgs: 4 },
  ),
  fn('IIF', [p('condition', 'boolean'), p('valueIfTrue'), p('valueIfFalse')]),
  fn('CBool', [p('expression')], { returns: 'boolean' }),
  fn('Not', [p('source', 'boolean')], { returns: 'boolean' }),
  fn('IsPresent', [p('expression')], { returns: 'boolean' }),
  fn('IsNullOrEmpty', [p('expression')], { returns: 'boolean' }),
  fn('Coalesce', [p('source', 'any', { variadic: true })], { minArgs: 1 }),
  fn('FormatDateTime', [
    p('source'),
    p('dateTimeStyles', 'any', { optional: true }),
    p('inputFormat', 'datetime-format'),
    p('outputFormat', 'datetime-format'),
  ]),
  fn('SelectUniqueValue', [p('rule', 'any', { variadic: true })], {
    minArgs: 2,
    topLevelOnly: true,
  }),
  fn('IgnoreFlowIfNullOrEmpty', [p('expression')], { topLevelOnly: true, returns: 'flow' }),
  fn('InStr', [
    p('value1'),
    p('value2'),
    p('start', 'number', { optional: true }),
    p('compareType', 'keyword', { optional: true }),
  ]),
  fn('DateAdd', [p('interval', 'interval'), p('value', 'number'), p('dateTime')]),
  fn('NormalizeDiacritics', [p('source')]),
  fn('StripSpaces', [p('source')]),
  fn('ToLower', [p('source'), p('culture', 'string', { optional: true })]),
  fn('Trim', [p('value')], { origin: 'cloud-sync' }),
  fn('Prepend', [p('prefix'), p('source')], { origin: 'graph-sample' }),
  fn('Item', [p('attribute'), p('index', 'number')]),
  fn('BitAnd', [p('value1', 'number'), p('value2', 'number')]),
  fn('SingleAppRoleAssignment', [p('appRoleAssignments')]),
  fn('Split', [p('source'), p('delimiter', 'string')], {
    unconfirmed: 'whether values are trimmed after splitting; we keep spaces.',
  }),
  fn('ConvertFromBase64', [p('source'), p('encoding', 'keyword', { optional: true })], {
    origin: 'cloud-sync',
  }),
  fn('Now', [], { returns: 'date' }),
  fn('Guid', []),
];
