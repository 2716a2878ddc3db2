/**
 * The import graph of the project's own files, resolved by the TypeScript compiler exactly as the
 * build resolves it (tsconfig paths such as `@/lib/...` included), and its cycles.
 */
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from './doc-citations';

export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** Every import (type-only ones too) from files under `folders`, to files in the repository. */
export function importGraph(folders: readonly string[]): ImportGraph {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const inScope = (abs: string): boolean => {
    const rel = relative(ROOT, abs);
    return (
      folders.some((f) => rel === f || rel.startsWith(`${f}/`)) && !rel.includes('node_modules')
    );
  };
  const graph = new Map<string, string[]>();
  for (const file of parsed.fileNames.filter(inScope)) {
    const info = ts.preProcessFile(ts.sys.readFile(file)!, true, true);
    const targets = new Set<string>();
    for (const imported of info.importedFiles) {
      const resolved = ts.resolveModuleName(imported.fileName, file, parsed.options, ts.sys)
        .resolvedModule?.resolvedFileName;
      if (resolved && inScope(resolved)) targets.add(relative(ROOT, resolved));
    }
    graph.set(relative(ROOT, file), [...targets].sort());
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function cycles(graph: ImportGraph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}
