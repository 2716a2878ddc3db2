import type { FunctionSpec, ParamSpec } from '../functions/types';

/** Name lookups over a function table, built once per table. */
export interface Catalog {
  functions: readonly FunctionSpec[];
  /** Exact (canonical) spelling. */
  exact: ReadonlyMap<string, FunctionSpec>;
  /** Lower-cased spelling, for case mistakes and "did you mean". */
  folded: ReadonlyMap<string, FunctionSpec>;
}

/** Functions that test whether a value is there; Microsoft's IIF/Switch advice names them. */
export const PRESENCE_TESTS: ReadonlySet<string> = new Set([
  'IsPresent',
  'IsNull',
  'IsNullOrEmpty',
]);

const cache = new WeakMap<readonly FunctionSpec[], Catalog>();

export function catalogFor(functions: readonly FunctionSpec[]): Catalog {
  let catalog = cache.get(functions);
  if (catalog === undefined) {
    catalog = {
      functions,
      exact: new Map(functions.map((f) => [f.name, f])),
      folded: new Map(functions.map((f) => [f.name.toLowerCase(), f])),
    };
    cache.set(functions, catalog);
  }
  return catalog;
}

/** The function a call refers to, whatever the case it was written in. */
export function resolve(catalog: Catalog, name: string): FunctionSpec | undefined {
  return catalog.exact.get(name) ?? catalog.folded.get(name.toLowerCase());
}

/**
 * The parameter that argument `index` fills. Trailing variadic parameters repeat as a group, so
 * Join's `source…` and Switch's (`key`, `value`)… pairs both map naturally.
 */
export function paramAt(spec: FunctionSpec, index: number): ParamSpec | undefined {
  const { params } = spec;
  const firstVariadic = params.findIndex((p) => p.variadic === true);
  if (firstVariadic === -1 || index < firstVariadic) return params[index];
  const group = params.length - firstVariadic;
  return params[firstVariadic + ((index - firstVariadic) % group)];
}
