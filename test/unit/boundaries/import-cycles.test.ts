/** No import cycles in the extension's code: each module can be read, and tested, on its own. */
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../../support/import-graph';

describe('import cycles', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('resolves the project imports, aliases included', () => {
    const graph = importGraph(['lib', 'entrypoints']);
    expect(graph.get('lib/lint/lint.ts')).toContain('lib/targets/targets.ts');
    expect([...graph.values()].flat()).toContain('lib/expr/index.ts');
  });

  it('has none in lib/ and entrypoints/', () => {
    expect(cycles(importGraph(['lib', 'entrypoints']))).toEqual([]);
  });
});
