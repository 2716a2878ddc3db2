import { canonicalAttribute } from '../entra-attributes';
import { slotName, slotParams, type Rule, type Visit } from '../context';

interface KeywordPlace {
  fn: string;
  where: string;
  allowed: (v: Visit) => boolean;
}
const COMPARE_MODE: KeywordPlace = {
  fn: 'InStr',
  where: "InStr's 4th argument",
  allowed: (v) => v.argIndex === 3,
};
const ENCODING: KeywordPlace = {
  fn: 'ConvertFromBase64',
  where: "ConvertFromBase64's 2nd argument",
  allowed: (v) => v.argIndex === 1,
};
const FLOW_SIGNAL: KeywordPlace = {
  fn: 'IIF',
  where: 'an IIF branch',
  allowed: (v) => v.argIndex === 1 || v.argIndex === 2,
};

/** The bare words Entra documents, and where each may stand (docs/research/entra-expressions.md#placement-rules). */
const KNOWN_KEYWORDS = new Map<string, KeywordPlace>([
  ['vbTextCompare', COMPARE_MODE],
  ['vbBinaryCompare', COMPARE_MODE],
  ['UTF8', ENCODING],
  ['ASCII', ENCODING],
  ['Unicode', ENCODING],
  ['IgnoreAttributeFlow', FLOW_SIGNAL],
  ['IgnoreObjectFlow', FLOW_SIGNAL],
]);
const KEYWORD_BY_LOWER = new Map([...KNOWN_KEYWORDS.keys()].map((k) => [k.toLowerCase(), k]));

/** Entra Connect Sync constants people carry over (docs/research/entra-expressions.md#pitfalls): here they become literal text. */
const CONNECT_SYNC_CONSTANTS = new Map<string, string>(
  Object.entries({
    null: 'To send nothing, leave a Switch default empty or wrap the expression in IgnoreFlowIfNullOrEmpty(...).',
    authorizednull: 'To send nothing, wrap the expression in IgnoreFlowIfNullOrEmpty(...).',
    ignorethisflow:
      'To skip the attribute, use IgnoreFlowIfNullOrEmpty(...) or IgnoreAttributeFlow as an IIF branch.',
    crlf: 'Write line breaks inside a quoted string instead.',
    true: 'Write "True" in double quotes.',
    false: 'Write "False" in double quotes.',
    nothing: 'To send nothing, wrap the expression in IgnoreFlowIfNullOrEmpty(...).',
    empty: 'Write "" for empty text.',
  }),
);

/**
 * Bare words (identifiers not followed by "("): documented keywords in the wrong place, Connect
 * Sync constants, and words that were meant to be an attribute or a quoted text.
 */
export const keywords: Rule = (visit, ctx) => {
  const { node } = visit;
  if (node.kind !== 'keyword') return;
  const at = { start: node.span.start, end: node.span.end };
  const parentName = visit.parentSpec?.name;
  const known = KNOWN_KEYWORDS.get(node.name);
  const caseFixed = KEYWORD_BY_LOWER.get(node.name.toLowerCase());

  if (known !== undefined) {
    if (parentName === known.fn && known.allowed(visit) && !visit.inComparison) return;
    if (parentName === 'IIF' && visit.argIndex === 0 && known.fn === 'IIF') {
      ctx.report({
        code: 'trap.flow-as-condition',
        severity: 'error',
        message: `${node.name} is a flow signal, not a condition; it can only be IIF's 2nd or 3rd argument.`,
        ...at,
        params: { word: node.name },
      });
      return;
    }
    ctx.report({
      code: 'keyword.misplaced',
      severity: 'warning',
      message: `${node.name} is only documented as ${known.where}; here Entra may treat it as literal text.`,
      ...at,
      params: { word: node.name, fn: known.fn, v: known.fn },
    });
    return;
  }
  if (caseFixed !== undefined) {
    ctx.report({
      code: 'keyword.case',
      severity: 'warning',
      message: `Write ${caseFixed}, not ${node.name}.`,
      ...at,
      params: { word: node.name, use: caseFixed },
      suggestion: { text: caseFixed, title: `Use ${caseFixed}` },
    });
    return;
  }
  const connectSync = CONNECT_SYNC_CONSTANTS.get(node.name.toLowerCase());
  if (connectSync !== undefined) {
    const quoted = /^(true|false)$/i.test(node.name);
    ctx.report({
      code: 'trap.connect-sync-constant',
      severity: 'warning',
      message: `${node.name} is an Entra Connect Sync constant; provisioning expressions do not have it and treat it as the literal text "${node.name}". ${connectSync}`,
      ...at,
      params: { word: node.name, v: node.name.toLowerCase() },
      ...(quoted && {
        suggestion: {
          text: `"${node.name[0]!.toUpperCase()}${node.name.slice(1).toLowerCase()}"`,
          title: 'Quote it',
        },
      }),
    });
    return;
  }
  if (visit.param?.kind === 'keyword') {
    ctx.report({
      code: 'keyword.unknown',
      severity: 'warning',
      message: `${slotName(visit)} does not accept ${node.name}.${parentName === 'InStr' ? ' Use vbTextCompare (ignore case) or vbBinaryCompare (exact case).' : ''}`,
      ...at,
      params: {
        ...slotParams(visit),
        word: node.name,
        v: parentName === 'InStr' ? 'instr' : 'plain',
      },
    });
    return;
  }
  const attribute = canonicalAttribute(node.name);
  ctx.report({
    code: 'arg.bare-word',
    severity: 'warning',
    message: attribute
      ? `${node.name} has no brackets or quotes. To read the attribute write [${attribute}]; for the text write "${node.name}".`
      : `${node.name} has no brackets or quotes: write [${node.name}] for an attribute or "${node.name}" for text. A bare word is not confirmed to work in Entra.`,
    ...at,
    suggestion: attribute
      ? { text: `[${attribute}]`, title: `Use the attribute [${attribute}]` }
      : { text: `"${node.name}"`, title: 'Quote it' },
    params: attribute
      ? { v: 'attribute', word: node.name, attribute }
      : { v: 'unknown', word: node.name },
  });
};
