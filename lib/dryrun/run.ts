import type { Severity, Attributes, Output } from '../expr';
import { CollisionFinder } from './collisions';
import type { ColumnMapping } from './columns';
import {
  PROBLEM,
  type DryRunReport,
  type EvaluateRow,
  type ProblemRow,
  type ReasonCount,
} from './types';

export interface DryRunInput {
  rows: readonly (readonly string[])[];
  mapping: ColumnMapping;
  evaluateRow: EvaluateRow;
  /** Whether the target's names must be unique in the directory (collisions are looked for). */
  uniqueTarget: boolean;
  /** Attributes the expression reads; their values are kept with each problem row. */
  referenced: readonly string[];
  /**
   * Called with the number of rows finished: at the start, every `progressEvery` rows, after any row that ends
   * `progressIntervalMs` or more after the last call, and at the end. The time bound lets a
   * supervisor tell a slow run from one stuck in a single row.
   */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  progressIntervalMs?: number;
  /** Milliseconds from any fixed origin; tests pass a fake one. */
  clock?: () => number;
}

/** English fallbacks; the UI shows its own translated text for these codes. */
export const PROBLEM_MESSAGES: Record<string, string> = {
  [PROBLEM.empty]: 'The value is empty, so CloudSSO gets no name for this object.',
  [PROBLEM.collision]: 'Another object gets exactly the same name; CloudSSO names are unique.',
  [PROBLEM.collisionCase]:
    'Another object gets the same name apart from upper/lower case; CloudSSO probably treats them as the same (unconfirmed).',
};

/**
 * Evaluates the expression for every row and sums up what would go wrong in CloudSSO: rule
 * violations by reason, empty values and name collisions. Pure and synchronous; run it in a
 * worker for large files (it reports progress as it goes).
 */
export function runDryRun(input: DryRunInput): DryRunReport {
  const { rows, mapping } = input;
  const idColumn = mapping.indexOf('objectId');
  const every = Math.max(1, input.progressEvery ?? 2000);
  const interval = input.progressIntervalMs ?? Infinity;
  const clock = input.clock ?? ((): number => performance.now());
  let reported = clock();
  // At once, so a supervisor knows the total even if the very first row hangs.
  input.onProgress?.(0, rows.length);
  const reasons = new Map<string, ReasonCount>();
  const problems = new Map<number, ProblemRow>();
  const outputs = new Map<number, Output>();
  const finder = new CollisionFinder();
  let failed = 0;
  let empty = 0;
  let errors = 0;

  const note = (row: ProblemRow, code: string, severity: Severity, message: string): void => {
    if (row.problems.includes(code)) return;
    row.problems.push(code);
    row.details.push(message);
    const reason = reasons.get(code);
    if (reason) reason.count += 1;
    else reasons.set(code, { code, severity, message, count: 1 });
  };
  const problemRow = (index: number, output: Output): ProblemRow => {
    let row = problems.get(index);
    if (!row) {
      row = {
        index,
        id: idOf(rows[index]!, idColumn),
        inputs: inputsOf(rows[index]!, mapping, input.referenced),
        output,
        problems: [],
        details: [],
      };
      problems.set(index, row);
    }
    return row;
  };

  for (let index = 0; index < rows.length; index += 1) {
    const outcome = input.evaluateRow(attributesOf(rows[index]!, mapping));
    if (outcome.error) {
      failed += 1;
      errors += 1;
      note(problemRow(index, null), outcome.error.code, 'error', outcome.error.message);
    } else {
      const isEmpty = isEmptyOutput(outcome.output);
      if (isEmpty) {
        empty += 1;
        note(
          problemRow(index, outcome.output),
          PROBLEM.empty,
          'warning',
          PROBLEM_MESSAGES[PROBLEM.empty]!,
        );
      }
      const rejected = outcome.violations.some((v) => v.severity === 'error');
      if (rejected) failed += 1;
      if (outcome.violations.length > 0) {
        const row = problemRow(index, outcome.output);
        for (const v of outcome.violations) note(row, v.code, v.severity, v.message);
      }
      // Only names CloudSSO would accept can collide there; a rejected one never arrives.
      if (input.uniqueTarget && !isEmpty && !rejected) {
        outputs.set(index, outcome.output);
        const id = idOf(rows[index]!, idColumn);
        for (const name of namesOf(outcome.output)) finder.add({ index, id, name });
      }
    }
    if (input.onProgress && ((index + 1) % every === 0 || clock() - reported >= interval)) {
      input.onProgress(index + 1, rows.length);
      reported = clock();
    }
  }

  const collisions = input.uniqueTarget ? finder.groups() : [];
  const colliding = new Set<number>();
  for (const group of collisions) {
    // Linear per group: a constant expression can put every row into one group.
    const objectsByName = new Map<string, Set<string>>();
    for (const m of group.members) {
      const ids = objectsByName.get(m.name) ?? new Set<string>();
      ids.add(m.id ?? `#${m.index}`);
      objectsByName.set(m.name, ids);
    }
    for (const member of group.members) {
      colliding.add(member.index);
      const exactTwin = objectsByName.get(member.name)!.size > 1;
      const code = exactTwin ? PROBLEM.collision : PROBLEM.collisionCase;
      note(
        problemRow(member.index, outputs.get(member.index) ?? null),
        code,
        // Case-only twins are likely rejected too, but CloudSSO's comparison is unconfirmed.
        exactTwin ? 'error' : 'warning',
        PROBLEM_MESSAGES[code]!,
      );
    }
  }
  input.onProgress?.(rows.length, rows.length);

  const problemRows = [...problems.values()].sort((a, b) => a.index - b.index);
  return {
    total: rows.length,
    passed: rows.length - problemRows.length,
    failed,
    empty,
    errors,
    collisionRows: colliding.size,
    uniqueTarget: input.uniqueTarget,
    reasons: [...reasons.values()].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
    collisions,
    problemRows,
  };
}

/**
 * A CSV cannot tell null from "": an empty cell is taken as an attribute with no value. Built
 * from entries, so a column named `__proto__` or `constructor` is an attribute like any other
 * (an assignment would set the object's prototype instead).
 */
export function attributesOf(row: readonly string[], mapping: ColumnMapping): Attributes {
  const entries: [string, string | null][] = [];
  for (let c = 0; c < mapping.length; c += 1) {
    const name = mapping[c];
    if (!name) continue;
    const cell = row[c];
    entries.push([name, cell === undefined || cell === '' ? null : cell]);
  }
  return Object.fromEntries(entries);
}

export function isEmptyOutput(output: Output): boolean {
  if (output === null) return true;
  if (Array.isArray(output)) return output.every((v) => v === '');
  return output === '';
}

function namesOf(output: Output): string[] {
  if (output === null) return [];
  return (Array.isArray(output) ? output : [output]).filter((v) => v !== '');
}

function idOf(row: readonly string[], idColumn: number): string | null {
  if (idColumn < 0) return null;
  const id = row[idColumn]?.trim();
  return id ? id : null;
}

function inputsOf(
  row: readonly string[],
  mapping: ColumnMapping,
  referenced: readonly string[],
): Record<string, string> {
  const entries: [string, string][] = [];
  for (const name of referenced) {
    const column = mapping.indexOf(name);
    if (column >= 0) entries.push([name, row[column] ?? '']);
  }
  return Object.fromEntries(entries);
}
