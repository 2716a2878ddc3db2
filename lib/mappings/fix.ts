import { checkMappings, type MappingCheck } from './check';
import { rowExpression } from './expression';
import { expressionToSource, type GraphSource } from './graph-source';
import { applyEdits, lineIndent, removeItems, type TextEdit } from './json-spans';
import type { ParsedSchema } from './schema';
import type { MappingObject } from './types';

/**
 * The corrected schema: each unsafe or unknown name mapping replaced by its proven fix,
 * externalId from objectId, targets CloudSSO has no field for removed, and every other byte as
 * the file had it. The admin applies it; the extension never calls Graph.
 */

export interface SchemaChange {
  object: MappingObject;
  target: string;
  action: 'replace' | 'remove';
  /** What the row reads now, as an expression. */
  before: string;
  /** What it reads after the fix (replace only). */
  after?: string;
  why: 'unsafe' | 'unknown' | 'externalId' | 'unsupported';
}

export interface SchemaFix {
  /** The corrected file; the original text itself when there is nothing to change. */
  text: string;
  changes: SchemaChange[];
  /** Problems no rewrite of existing rows can solve (a missing mapping, the matching attribute). */
  notFixed: number;
}

/** The Cloud Shell command that applies a corrected schema (placeholders for the ids). */
export function applyCommand(
  file: string,
  ids?: { servicePrincipalId?: string; jobId?: string },
): string {
  const sp = ids?.servicePrincipalId ?? '<servicePrincipalId>';
  const job = ids?.jobId ?? '<jobId>';
  return `az rest --method PUT --url https://graph.microsoft.com/v1.0/servicePrincipals/${sp}/synchronization/jobs/${job}/schema --body @${file}`;
}

const OBJECT_ID: GraphSource = {
  expression: '[objectId]',
  name: 'objectId',
  parameters: [],
  type: 'Attribute',
};

/** The new source written the way the file writes its sources: one line, or indented like them. */
function sourceText(text: string, old: { start: number; end: number }, src: GraphSource): string {
  const oldText = text.slice(old.start, old.end);
  if (!oldText.includes('\n')) return JSON.stringify(src);
  const indent = lineIndent(text, old.start);
  const secondLine = /\n([ \t]*)/.exec(oldText)?.[1] ?? `${indent}  `;
  const unit =
    secondLine.startsWith(indent) && secondLine.length > indent.length
      ? secondLine.slice(indent.length)
      : '  ';
  return JSON.stringify(src, null, unit).replace(/\n/g, `\n${indent}`);
}

export function fixSchema(schema: ParsedSchema, check: MappingCheck = checkOf(schema)): SchemaFix {
  const edits: TextEdit[] = [];
  const changes: SchemaChange[] = [];
  const replaced = new Set<number>();
  const removeByArray = new Map<readonly unknown[], Set<number>>();
  let notFixed = 0;

  const replace = (
    index: number,
    src: GraphSource,
    after: string,
    why: SchemaChange['why'],
  ): void => {
    const loc = schema.locations[index]!;
    const row = schema.rows[index]!;
    if (!loc.source || replaced.has(index)) return;
    replaced.add(index);
    edits.push({
      start: loc.source.start,
      end: loc.source.end,
      text: sourceText(schema.text, loc.source, src),
    });
    changes.push({
      object: row.object,
      target: row.target,
      action: 'replace',
      before: rowExpression(row),
      after,
      why,
    });
  };

  for (const obj of [check.users, check.groups]) {
    if (!obj) continue;
    for (const v of obj.verdicts) {
      if (v.verdict === 'proven-safe') continue;
      const src = v.fix === undefined ? null : expressionToSource(v.fix);
      if (src && v.fix !== undefined) replace(v.index, src, v.fix, v.verdict);
      else notFixed++;
    }
    for (const r of obj.required) {
      if (r.code === 'externalId.source') replace(r.index, OBJECT_ID, '[objectId]', 'externalId');
      else notFixed++;
    }
    if (!obj.matching.ok) notFixed++;
    for (const u of obj.unsupported) {
      const loc = schema.locations[u.index]!;
      let set = removeByArray.get(loc.items);
      if (!set) removeByArray.set(loc.items, (set = new Set()));
      set.add(loc.itemIndex);
      changes.push({
        object: u.row.object,
        target: u.row.target,
        action: 'remove',
        before: rowExpression(u.row),
        why: 'unsupported',
      });
    }
    notFixed += obj.unread.length;
  }
  for (const [items, set] of removeByArray) {
    edits.push(...removeItems(items as Parameters<typeof removeItems>[0], set));
  }
  return {
    text: edits.length === 0 ? schema.text : applyEdits(schema.text, edits),
    changes,
    notFixed,
  };
}

function checkOf(schema: ParsedSchema): MappingCheck {
  return checkMappings({ rows: schema.rows, unread: schema.unread, objects: schema.objects });
}

const OBJECT_LABEL: Record<MappingObject, string> = { user: 'Users', group: 'Groups' };

/** The changes as a reviewer reads them: one block per row, `-` before and `+` after. */
export function readableDiff(changes: readonly SchemaChange[]): string {
  return changes
    .map((c) => {
      const head = `${OBJECT_LABEL[c.object]} › ${c.target}: ${c.action === 'remove' ? 'remove (CloudSSO has no field for it)' : `replace (${c.why})`}`;
      return c.action === 'remove'
        ? `${head}\n- ${c.before}`
        : `${head}\n- ${c.before}\n+ ${c.after ?? ''}`;
    })
    .join('\n\n');
}
