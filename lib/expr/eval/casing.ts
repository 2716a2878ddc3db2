/**
 * .NET case mapping: simple 1:1 mapping per character with the invariant culture, so the
 * result always has the input's UTF-16 length (`ToUpper("ß")` stays "ß", JS gives "SS").
 * Turkish and Azerbaijani cultures map the dotted/dotless i differently.
 */

const ASCII = /^[\u0000-\u007f]*$/; // eslint-disable-line no-control-regex

/** Invariant .NET keeps U+0131 ı when upper-casing and U+0130 İ when lower-casing. */
const DOTLESS_I = '\u0131';
const DOTTED_CAPITAL_I = '\u0130';

function mapEach(text: string, map: (ch: string) => string): string {
  let out = '';
  for (const ch of text) {
    const mapped = map(ch);
    // Keep the character when JS's full mapping would change the length (ß → SS, ŉ → ʼN).
    const sameShape =
      mapped.length === ch.length && mapped.codePointAt(0)! > 0xffff === ch.length > 1;
    out += sameShape ? mapped : ch;
  }
  return out;
}

function isTurkic(culture: string | undefined): boolean {
  return culture !== undefined && /^(?:tr|az)(?:[-_]|$)/i.test(culture);
}

export function toUpperDotNet(text: string, culture?: string): string {
  if (ASCII.test(text) && !isTurkic(culture)) return text.toUpperCase();
  const turkic = isTurkic(culture);
  return mapEach(text, (ch) => {
    if (ch === 'i' && turkic) return DOTTED_CAPITAL_I;
    if (ch === DOTLESS_I) return turkic ? 'I' : ch;
    return ch.toUpperCase();
  });
}

export function toLowerDotNet(text: string, culture?: string): string {
  if (ASCII.test(text) && !isTurkic(culture)) return text.toLowerCase();
  const turkic = isTurkic(culture);
  return mapEach(text, (ch) => {
    if (ch === 'I' && turkic) return DOTLESS_I;
    if (ch === DOTTED_CAPITAL_I) return turkic ? 'i' : ch;
    return ch.toLowerCase();
  });
}
