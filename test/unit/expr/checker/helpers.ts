import { expect } from 'vitest';
import { parse, type Diagnostic } from '@/lib/expr';
import { checkWith, type CheckContext } from '@/lib/expr/checker';
import { TEST_FUNCTIONS } from './test-table';

/** Checker diagnostics for `source`, which must parse cleanly. */
export function checkSource(source: string, context?: CheckContext): Diagnostic[] {
  const parsed = parse(source);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return checkWith(TEST_FUNCTIONS, parsed.ast, source, context ? { context } : {});
}

/** `code@covered text` for each diagnostic: what a reader of the linter output would see. */
export function findings(source: string, context?: CheckContext): string[] {
  return checkSource(source, context).map((d) => `${d.code}@${source.slice(d.start, d.end)}`);
}

/** The source after applying the suggestion of the first diagnostic with `code`. */
export function applyFix(source: string, code: string, context?: CheckContext): string {
  const d = checkSource(source, context).find((x) => x.code === code);
  expect(d?.suggestion).toBeDefined();
  return source.slice(0, d!.start) + d!.suggestion!.text + source.slice(d!.end);
}
