import { trimEndWhile } from '../common/trim-end';

/**
 * Text comparison for portal wording. The automation contract (docs/automation-contract.md#capture-and-labels) says labels match ignoring case,
 * surrounding space and a required-field marker ("Secret Token *" = "secret token"). Spaces are
 * dropped entirely, because localized strings differ only by spacing between scripts
 * ("テナントの URL" vs "テナントのURL", "租户 URL" vs "租户URL").
 */
export function normalizeLabel(text: string | null | undefined): string {
  const spaced = (text ?? '')
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[+＋]\s*/, ''); // "+ New configuration": the plus is an icon glyph
  return withoutTrailingMarkers(spaced).replace(/[*\s]/g, '').toLowerCase();
}

const isMarker = (ch: string): boolean => /[\s*:：]/.test(ch);
const REQUIRED = '(required)';

/**
 * Every trailing marker, however the page spaces them: "Tenant URL: *" and
 * "Tenant URL (required)" are "Tenant URL". A scan from the end (docs/security.md: page text is
 * read in linear time).
 */
function withoutTrailingMarkers(text: string): string {
  let rest = text;
  for (;;) {
    rest = trimEndWhile(rest, isMarker);
    if (!rest.toLowerCase().endsWith(REQUIRED)) return rest;
    rest = rest.slice(0, -REQUIRED.length);
  }
}

/** True when `text` is one of `labels` after normalization. */
export function isLabel(text: string | null | undefined, labels: readonly string[]): boolean {
  const want = normalizeLabel(text);
  return want !== '' && labels.some((label) => normalizeLabel(label) === want);
}

/** True when `text` contains one of `phrases` (normalized), for sentences and titles. */
export function containsAny(text: string | null | undefined, phrases: readonly string[]): boolean {
  const hay = normalizeLabel(text);
  return hay !== '' && phrases.some((p) => hay.includes(normalizeLabel(p)));
}
