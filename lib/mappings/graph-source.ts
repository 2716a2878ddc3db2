import { lookupFunction, parse, type ArgNode, type ExprNode } from '../expr';
import { quoteConstant } from './expression';

/**
 * Graph's attributeMappingSource (docs/research/entra-portal.md#graph-synchronization-schema): `type` Attribute,
 * Constant or Function; `name` the attribute, the constant's value or the function; `parameters`
 * key/value pairs of nested sources; `expression` the text, which Graph does not always fill.
 */
export interface GraphSource {
  expression?: string | null;
  name?: string | null;
  parameters?: readonly { key?: string | null; value?: GraphSource | null }[] | null;
  type?: string | null;
}

/**
 * The expression a source stands for: its `expression` when present, else rebuilt from `name`
 * and `parameters` the way Entra writes it. Null when the source cannot be rebuilt (an unknown
 * type, a function without a name).
 */
export function sourceExpression(src: GraphSource): string | null {
  if (typeof src.expression === 'string' && src.expression.trim() !== '') return src.expression;
  return rebuild(src, 0, false);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function rebuild(src: GraphSource, depth: number, numberSlot: boolean): string | null {
  if (depth > 50) return null;
  const name = src.name ?? '';
  switch (src.type) {
    case 'Attribute':
      return name === '' ? null : `[${name}]`;
    case 'Constant':
      // Graph keeps every constant as a string; a number slot (Left's length) shows it bare.
      return numberSlot && NUMBER.test(name) ? name : quoteConstant(name);
    case 'Function': {
      if (name === '') return null;
      const params = src.parameters ?? [];
      const spec = lookupFunction(name);
      const args: string[] = [];
      for (const [i, p] of params.entries()) {
        const slot =
          spec?.params.find((s) => s.name.toLowerCase() === (p.key ?? '').toLowerCase()) ??
          spec?.params[Math.min(i, spec.params.length - 1)];
        const inner = p.value ? rebuild(p.value, depth + 1, slot?.kind === 'number') : null;
        if (inner === null) return null;
        args.push(inner);
      }
      return `${name}(${placeArgs(name, params, args).join(', ')})`;
    }
    default:
      return null;
  }
}

/**
 * Puts rebuilt arguments in their slots. Graph names each parameter after the function's
 * parameter (Replace's `regexPattern`, `replacementValue`...) and leaves empty slots out; when
 * every key names a parameter of a fixed-arity function, the arguments go to those slots and the
 * others stay empty (`Replace([x], , "[^a-z]", , "", , )`). Otherwise (Join's repeated `source`,
 * an unknown function) the order of the list is the order of the arguments. Which keys Graph uses
 * is inferred from Microsoft's samples, not documented per function: both readings are handled.
 */
function placeArgs(
  fn: string,
  params: readonly { key?: string | null }[],
  args: readonly string[],
): string[] {
  const spec = lookupFunction(fn);
  if (!spec || spec.params.some((p) => p.variadic)) return [...args];
  const slots = params.map((p) =>
    spec.params.findIndex((s) => s.name.toLowerCase() === (p.key ?? '').toLowerCase()),
  );
  if (slots.some((s) => s < 0) || new Set(slots).size !== slots.length) return [...args];
  const width = Math.max(spec.minArgs, ...slots.map((s) => s + 1));
  const out: string[] = Array.from({ length: width }, () => '');
  slots.forEach((s, i) => (out[s] = args[i]!));
  // An empty slot is nothing between two commas, as Entra shows it.
  return out;
}

/**
 * The Graph source for an expression, the way Entra serializes one it parsed: every node with
 * its `expression` text, parameters keyed by the function's parameter names. Null when the
 * text does not parse.
 */
export function expressionToSource(text: string): GraphSource | null {
  const parsed = parse(text);
  if (parsed.diagnostics.some((d) => d.severity === 'error') || !parsed.ast) return null;
  return toSource(parsed.ast, text);
}

function toSource(node: ExprNode, text: string): GraphSource | null {
  const expression = text.slice(node.span.start, node.span.end);
  switch (node.kind) {
    case 'attr':
      return { expression, name: node.name, parameters: [], type: 'Attribute' };
    case 'string':
      return { expression, name: node.value, parameters: [], type: 'Constant' };
    case 'number':
      return { expression, name: node.raw, parameters: [], type: 'Constant' };
    case 'call': {
      const spec = lookupFunction(node.name);
      const parameters: { key: string; value: GraphSource }[] = [];
      for (const [i, arg] of node.args.entries()) {
        if (isEmpty(arg)) continue;
        const value = toSource(arg, text);
        if (!value) return null;
        const param = spec?.params[Math.min(i, spec.params.length - 1)];
        parameters.push({ key: param?.name ?? `p${i + 1}`, value });
      }
      return { expression, name: node.name, parameters, type: 'Function' };
    }
    default:
      return null;
  }
}

const isEmpty = (a: ArgNode): a is Extract<ArgNode, { kind: 'empty' }> => a.kind === 'empty';
