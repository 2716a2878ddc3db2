import { trimEndWhile } from '../common/trim-end';

/**
 * Label comparison for the CloudSSO console. The automation contract (docs/automation-contract.md#capture-and-labels) says labels match ignoring
 * case, surrounding space and a required-field marker (a trailing `*`). The console adds more
 * noise than that, so the canonical form also:
 * - applies NFKC, so full-width brackets and colons in CJK labels ("（加速）", "：") compare equal
 *   to their ASCII forms;
 * - drops every space, because the same label is written "SCIM 密钥" and "SCIM密钥" across
 *   console versions (and "SCIM キー" / "SCIMキー");
 * - drops leading `*` and trailing `*` and `:` (form labels are often "SCIM Endpoint:").
 */
export function canonicalLabel(raw: string): string {
  const canon = raw.normalize('NFKC').replace(/\s+/g, '').toLowerCase().replace(/^\*+/, '');
  // A trailing "*" or ":" by a scan from the end: `[*:]+$` is quadratic on page text.
  return trimEndWhile(canon, (ch) => ch === '*' || ch === ':');
}

/** A set of label variants, compared in canonical form. */
export interface LabelSet {
  has(raw: string): boolean;
  /** True when the text is already canonical (see canonicalLabel) and one of the variants. */
  hasCanonical(canon: string): boolean;
  readonly variants: readonly string[];
}

export function labelSet(variants: readonly string[]): LabelSet {
  const canon = new Set(variants.map(canonicalLabel));
  return {
    has: (raw) => canon.has(canonicalLabel(raw)),
    hasCanonical: (c) => canon.has(c),
    variants,
  };
}
