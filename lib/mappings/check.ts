import type { Attributes, Output } from '../expr';
import type { TargetId } from '../targets/targets';
import { prove, type ProofVerdict, type ProofViolation } from '../proof';
import { isFromObjectId, rowExpression } from './expression';
import { classifyTarget, isEmailTarget, MATCHING_TARGET } from './targets';
import type { MappingObject, MappingRow, UnreadRow } from './types';

/**
 * The Mapping check: every row against what CloudSSO accepts (docs/research/cloudsso.md#attribute-mappings).
 * Pure and synchronous; the proof engine is the only judge of a name rule, and each distinct
 * (expression, target) pair is proven once per check.
 */

export interface RowVerdict {
  /** Index of the row in the rows given to the check. */
  index: number;
  row: MappingRow;
  targetId: TargetId;
  /** What the proof read: `[source]` for a Direct row. */
  expression: string;
  verdict: ProofVerdict;
  reason?: string;
  /** `violation` is the rule broken, as a code and parameters the UI renders in its language. */
  counterexample?: { attrs: Attributes; output: Output; violation: ProofViolation };
  /** A proven-safe replacement, for unsafe and unknown rows when the proof has one. */
  fix?: string;
  /** The same with part of objectId appended, for names that must stay unique. */
  uniqueFix?: string;
}

export type RequiredProblem =
  | { code: 'externalId.missing' }
  | { code: 'externalId.source'; index: number; source: string }
  | { code: 'userName.missing' }
  | { code: 'displayName.missing' }
  | { code: 'members.missing' };

export interface MatchingFinding {
  /** The target of the row with the lowest matching precedence, null when no row matches. */
  target: string | null;
  /** What CloudSSO needs there: userName for users, displayName for groups. */
  expected: string;
  ok: boolean;
}

export interface UnsupportedRow {
  index: number;
  row: MappingRow;
  /** A multi-valued SCIM attribute (phone numbers, addresses...). */
  multiValue: boolean;
}

export interface ObjectCheck {
  object: MappingObject;
  rowCount: number;
  verdicts: RowVerdict[];
  required: RequiredProblem[];
  matching: MatchingFinding;
  unsupported: UnsupportedRow[];
  /** More than one e-mail row: Entra sends them as one list, which CloudSSO fails on. */
  severalEmails: boolean;
  unread: UnreadRow[];
  /** Things the admin should change: unsafe or unknown rows, required, matching, unsupported, unread. */
  problems: number;
}

export interface MappingCheck {
  users: ObjectCheck | null;
  groups: ObjectCheck | null;
  problems: number;
}

export interface CheckInput {
  rows: readonly MappingRow[];
  unread?: readonly UnreadRow[];
  /** Which objects were read at all: a table not shown is not "everything missing". */
  objects: readonly MappingObject[];
}

type Proven = ReturnType<typeof prove>;

export function checkMappings(input: CheckInput, cache = new Map<string, Proven>()): MappingCheck {
  const users = input.objects.includes('user') ? checkObject('user', input, cache) : null;
  const groups = input.objects.includes('group') ? checkObject('group', input, cache) : null;
  return { users, groups, problems: (users?.problems ?? 0) + (groups?.problems ?? 0) };
}

/** One expression against one target, with the fix and the counterexample the UI shows. */
export function verdictFor(
  expression: string,
  targetId: TargetId,
  cache = new Map<string, Proven>(),
): Omit<RowVerdict, 'index' | 'row'> {
  const k = `${targetId}\u0000${expression}`;
  let r = cache.get(k);
  if (!r) {
    r = prove(expression, targetId);
    cache.set(k, r);
  }
  const out: Omit<RowVerdict, 'index' | 'row'> = { targetId, expression, verdict: r.verdict };
  if (r.reason !== undefined) out.reason = r.reason;
  if (r.counterexample)
    out.counterexample = {
      attrs: r.counterexample.attrs,
      output: r.counterexample.output,
      violation: r.counterexample.violation,
    };
  if (r.verdict !== 'proven-safe' && r.fix) {
    out.fix = r.fix.expression;
    if (r.fix.uniqueVariant !== undefined) out.uniqueFix = r.fix.uniqueVariant;
  }
  return out;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.toLowerCase();

function checkObject(
  object: MappingObject,
  input: CheckInput,
  cache: Map<string, Proven>,
): ObjectCheck {
  const verdicts: RowVerdict[] = [];
  const unsupported: UnsupportedRow[] = [];
  const mine: { index: number; row: MappingRow }[] = [];
  input.rows.forEach((row, index) => {
    if (row.object === object) mine.push({ index, row });
  });
  for (const { index, row } of mine) {
    const cls = classifyTarget(object, row.target);
    if (cls.kind === 'rule') {
      verdicts.push({ index, row, ...verdictFor(rowExpression(row), cls.targetId, cache) });
    } else if (cls.kind === 'unsupported') {
      unsupported.push({ index, row, multiValue: cls.multiValue });
    }
  }

  const required: RequiredProblem[] = [];
  const has = (t: string): boolean => mine.some(({ row }) => same(row.target, t));
  const externalIds = mine.filter(({ row }) => same(row.target, 'externalId'));
  if (object === 'user' && externalIds.length === 0) required.push({ code: 'externalId.missing' });
  for (const { index, row } of externalIds) {
    if (!isFromObjectId(row))
      required.push({ code: 'externalId.source', index, source: row.source });
  }
  if (object === 'user' && !has('userName')) required.push({ code: 'userName.missing' });
  if (object === 'group' && !has('displayName')) required.push({ code: 'displayName.missing' });
  if (object === 'group' && !has('members')) required.push({ code: 'members.missing' });

  const matchingRows = mine
    .filter(({ row }) => row.matching !== null && row.matching > 0)
    .sort((a, b) => a.row.matching! - b.row.matching!);
  const first = matchingRows[0]?.row.target ?? null;
  const expected = MATCHING_TARGET[object];
  const matching = { target: first, expected, ok: first !== null && same(first, expected) };

  const severalEmails = mine.filter(({ row }) => isEmailTarget(row.target)).length > 1;
  const unread = (input.unread ?? []).filter((u) => u.object === object);
  const problems =
    verdicts.filter((v) => v.verdict !== 'proven-safe').length +
    required.length +
    (matching.ok ? 0 : 1) +
    unsupported.length +
    (severalEmails ? 1 : 0) +
    unread.length;
  return {
    object,
    rowCount: mine.length,
    verdicts,
    required,
    matching,
    unsupported,
    severalEmails,
    unread,
    problems,
  };
}
