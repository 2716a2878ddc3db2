import { resolve } from '../catalog';
import type { Rule } from '../context';
import { didYouMean } from '../did-you-mean';

/**
 * ENT004/ENT005 plus the table's own flags: unknown function (with "did you mean"), a name that
 * matches only when case is ignored, behaviour the spec marks unconfirmed, and Cloud-Sync-only
 * functions outside Cloud Sync.
 */
export const functionNames: Rule = ({ node }, ctx) => {
  if (node.kind !== 'call') return;
  const spec = resolve(ctx.catalog, node.name);
  const at = { start: node.nameSpan.start, end: node.nameSpan.end };
  if (spec === undefined) {
    const guess = didYouMean(
      node.name,
      ctx.catalog.functions.map((f) => f.name),
    );
    ctx.report({
      code: 'call.unknown-function',
      severity: 'error',
      message:
        guess === undefined
          ? `"${node.name}" is not an Entra function.`
          : `"${node.name}" is not an Entra function. Did you mean ${guess}?`,
      ...at,
      ...(guess !== undefined && { suggestion: { text: guess, title: `Use ${guess}` } }),
      params:
        guess === undefined
          ? { v: 'plain', name: node.name }
          : { v: 'guess', name: node.name, use: guess },
    });
    return;
  }
  if (spec.name !== node.name) {
    ctx.report({
      code: 'call.function-case',
      severity: 'warning',
      message: `Write ${spec.name}, not ${node.name}: Entra documents function names as case-sensitive, and whether other casings work is unconfirmed.`,
      ...at,
      suggestion: { text: spec.name, title: `Use ${spec.name}` },
      params: { name: node.name, use: spec.name },
    });
  }
  if (spec.origin === 'cloud-sync' && ctx.context !== 'cloud-sync') {
    ctx.report({
      code: 'context.cloud-sync-only',
      severity: 'warning',
      message: `${spec.name} is documented only for Entra Cloud Sync; it may not work in app provisioning.`,
      ...at,
      params: { name: spec.name },
    });
  }
  if (spec.origin === 'graph-sample') {
    ctx.report({
      code: 'context.graph-sample-only',
      severity: 'warning',
      message: `${spec.name} is only listed in Microsoft Graph's function list, not in the documentation; whether it works in a mapping is unconfirmed.`,
      ...at,
      params: { name: spec.name },
    });
  }
  // Once per function and expression: the note is about the function, not this call. An info, not
  // a warning: the recommended recipes use these functions, and a clean recipe must read "No
  // problems" while still telling the admin which behaviour Microsoft has not confirmed.
  if (spec.unconfirmed !== undefined && ctx.once(`unconfirmed:${spec.name}`)) {
    ctx.report({
      code: 'call.unconfirmed',
      severity: 'info',
      message: `Part of ${spec.name}'s behaviour is not confirmed by Microsoft: ${spec.unconfirmed}`,
      ...at,
      params: { name: spec.name },
    });
  }
};
