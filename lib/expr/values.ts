/**
 * Runtime values of the evaluator (docs/research/entra-expressions.md#values-and-their-string-forms). What leaves the evaluator is always
 * `Output`: null (the attribute is not sent), one string, or several strings.
 */

export type Value =
  | { type: 'null' }
  | { type: 'string'; value: string }
  | { type: 'multi'; values: string[] }
  | { type: 'boolean'; value: boolean }
  | { type: 'number'; value: number }
  | { type: 'date'; value: Date }
  /** IgnoreFlowIfNullOrEmpty / IgnoreAttributeFlow drop the attribute; IgnoreObjectFlow the object. */
  | { type: 'flow'; signal: 'ignore-attribute' | 'ignore-object' };

/** What an expression produces for one object, as Entra sends it. */
export type Output = string | string[] | null;

/** One object's source attributes: a missing key or null means the attribute has no value. */
export type Attributes = Record<string, string | string[] | boolean | number | null | undefined>;
