import { z } from 'zod';
import { sourceExpression, type GraphSource } from './graph-source';
import { member, parseJsonSpans, type JsonNode } from './json-spans';
import type { MappingObject, MappingRow, UnreadRow } from './types';

/**
 * Reads the provisioning job's schema as Graph exports it
 * (`GET /servicePrincipals/{id}/synchronization/jobs/{jobId}/schema`,
 * docs/research/entra-portal.md#graph-synchronization-schema): `synchronizationRules[].objectMappings[]`, each with
 * `sourceObjectName` (User, Group) and `attributeMappings[]`. Only what the check needs is
 * validated; the rest of the file is kept as text for the corrected copy.
 */

export class SchemaError extends Error {
  override name = 'SchemaError';
}

const Source: z.ZodType<GraphSource> = z.lazy(() =>
  z.object({
    expression: z.string().nullish(),
    name: z.string().nullish(),
    parameters: z.array(z.object({ key: z.string().nullish(), value: Source.nullish() })).nullish(),
    type: z.string().nullish(),
  }),
);

const AttributeMapping = z.object({
  source: Source.nullish(),
  targetAttributeName: z.string(),
  defaultValue: z.string().nullish(),
  matchingPriority: z.number().nullish(),
});

const ObjectMapping = z.object({
  sourceObjectName: z.string().nullish(),
  targetObjectName: z.string().nullish(),
  attributeMappings: z.array(z.unknown()),
});

const Schema = z.object({
  synchronizationRules: z.array(
    z.object({ objectMappings: z.array(z.unknown()).nullish() }).passthrough(),
  ),
});

/** Where a row sits in the file, for the corrected copy. */
export interface SchemaLocation {
  /** The attributeMappings array the row is an item of. */
  items: readonly JsonNode[];
  itemIndex: number;
  /** The row's `source` value, when it has one. */
  source: JsonNode | undefined;
}

export interface ParsedSchema {
  text: string;
  rows: MappingRow[];
  /** Same order as `rows`. */
  locations: SchemaLocation[];
  objects: MappingObject[];
  unread: UnreadRow[];
}

const KIND: Record<string, MappingRow['kind']> = {
  Attribute: 'direct',
  Constant: 'constant',
  Function: 'expression',
};

function objectOf(m: z.infer<typeof ObjectMapping>): MappingObject | null {
  const name = (m.sourceObjectName ?? '').toLowerCase();
  if (name === 'user') return 'user';
  if (name === 'group') return 'group';
  return null;
}

export function readSchema(text: string): ParsedSchema {
  let root: JsonNode;
  let value: unknown;
  try {
    root = parseJsonSpans(text);
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new SchemaError(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const schema = Schema.safeParse(value);
  if (!schema.success) {
    throw new SchemaError(
      'not a synchronization schema: expected {"synchronizationRules":[{"objectMappings":[...]}]}',
    );
  }
  const out: ParsedSchema = { text, rows: [], locations: [], objects: [], unread: [] };
  const ruleNodes = member(root, 'synchronizationRules');
  schema.data.synchronizationRules.forEach((rule, r) => {
    const ruleNode = ruleNodes?.type === 'array' ? ruleNodes.items[r] : undefined;
    const omNodes = member(ruleNode, 'objectMappings');
    (rule.objectMappings ?? []).forEach((raw, o) => {
      const om = ObjectMapping.safeParse(raw);
      if (!om.success) return;
      const object = objectOf(om.data);
      if (!object) return; // another object type: kept as it is, not checked
      if (!out.objects.includes(object)) out.objects.push(object);
      const omNode = omNodes?.type === 'array' ? omNodes.items[o] : undefined;
      const itemsNode = member(omNode, 'attributeMappings');
      const items = itemsNode?.type === 'array' ? itemsNode.items : [];
      om.data.attributeMappings.forEach((rawMapping, itemIndex) => {
        const rowNumber = itemIndex + 1;
        const am = AttributeMapping.safeParse(rawMapping);
        if (!am.success) {
          out.unread.push({ object, row: rowNumber, reason: 'not an attribute mapping' });
          return;
        }
        const src = am.data.source ?? {};
        const kind = KIND[src.type ?? ''];
        const expression = sourceExpression(src);
        if (!kind || expression === null) {
          out.unread.push({
            object,
            row: rowNumber,
            reason: `source of ${am.data.targetAttributeName} cannot be read`,
          });
          return;
        }
        out.rows.push({
          object,
          kind,
          source: kind === 'expression' ? expression : (src.name ?? ''),
          target: am.data.targetAttributeName,
          matching:
            am.data.matchingPriority !== null &&
            am.data.matchingPriority !== undefined &&
            am.data.matchingPriority > 0
              ? am.data.matchingPriority
              : null,
          defaultValue: am.data.defaultValue ?? null,
        });
        out.locations.push({ items, itemIndex, source: member(items[itemIndex], 'source') });
      });
    });
  });
  if (out.objects.length === 0) {
    throw new SchemaError('no User or Group object mappings in synchronizationRules');
  }
  return out;
}
