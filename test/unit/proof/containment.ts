/** Does the analysis' abstract value cover a concrete output of the evaluator? */

import type { Output } from '../../../lib/expr';
import type { Abs, StrShape } from '../../../lib/proof/domain';

function fitsShape(s: StrShape, text: string): string | null {
  if (text.length < s.min || text.length > s.max) {
    return `length ${text.length} outside [${s.min}, ${s.max}]`;
  }
  for (let i = 0; i < text.length; i++) {
    if (!s.chars.has(text.charCodeAt(i))) {
      return `unit U+${text.charCodeAt(i).toString(16)} not among the predicted characters`;
    }
  }
  if (s.exact && !s.exact.includes(text)) return `"${text}" not among ${JSON.stringify(s.exact)}`;
  return null;
}

/** Why the concrete output is NOT covered by the abstract value (null when it is). */
export function escapes(v: Abs, output: Output): string | null {
  if (output === null) {
    return v.mayBeNull || v.mayFlow || (v.many !== null && v.many.minCount === 0)
      ? null
      : 'null not predicted';
  }
  if (typeof output === 'string') {
    if (!v.one) return 'a single string was not predicted';
    return fitsShape(v.one, output);
  }
  if (!v.many) return 'several values were not predicted';
  if (output.length < v.many.minCount || output.length > v.many.maxCount) {
    return `${output.length} values outside [${v.many.minCount}, ${v.many.maxCount}]`;
  }
  for (const item of output) {
    const why = fitsShape(v.many.elem, item);
    if (why) return `value ${JSON.stringify(item)}: ${why}`;
  }
  return null;
}
