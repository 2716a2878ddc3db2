/**
 * How the linter names a test object's inputs in its messages. Apart from lint.ts so that the
 * linter's pages can word diagnostics without bundling the engine, which runs in their worker.
 */
import type { Attributes } from '../expr';
import { quote } from '../targets/check-output';

/** `displayName="José Müller", surname=(not set)` */
export function describeInputs(inputs: Attributes): string {
  const parts = Object.entries(inputs).map(([k, v]) => {
    if (v === null || v === undefined) return `${k}=(not set)`;
    if (Array.isArray(v)) return `${k}=[${v.map((x) => quote(x, 30)).join(', ')}]`;
    return `${k}=${typeof v === 'string' ? quote(v) : String(v)}`;
  });
  return parts.length > 0 ? parts.join(', ') : 'no attributes';
}

/** `displayName="财务部" (test object: Chinese only: sanitizing leaves nothing)` */
export function describeRow(r: {
  source: 'corpus' | 'sample';
  label: string;
  inputs: Attributes;
}): string {
  const what = r.source === 'sample' ? r.label : `test object: ${r.label}`;
  return `${describeInputs(r.inputs)} (${what})`;
}
