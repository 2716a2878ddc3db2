/**
 * .NET replacement patterns for Regex.Replace: `$1`, `${name}`, `$$`, `$&`, `` $` ``, `$'`,
 * `$+`, `$_`. JavaScript lacks `${name}`, `$+` and `$_` and numbers groups differently, so the
 * replacement is parsed here against the translated regex's group map and applied by hand.
 */
import type { TranslatedRegex } from './index';

export type ReplacementPart =
  | { kind: 'text'; text: string }
  | { kind: 'group'; index: number }
  | { kind: 'before' }
  | { kind: 'after' }
  | { kind: 'input' };

export function parseReplacement(replacement: string, regex: TranslatedRegex): ReplacementPart[] {
  const parts: ReplacementPart[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
  };
  const group = (index: number): void => {
    flush();
    parts.push({ kind: 'group', index });
  };
  let i = 0;
  while (i < replacement.length) {
    const c = replacement[i]!;
    if (c !== '$' || i + 1 >= replacement.length) {
      text += c;
      i++;
      continue;
    }
    const next = replacement[i + 1]!;
    if (next === '$') {
      text += '$';
      i += 2;
    } else if (next === '&') {
      group(0);
      i += 2;
    } else if (next === '`') {
      flush();
      parts.push({ kind: 'before' });
      i += 2;
    } else if (next === "'") {
      flush();
      parts.push({ kind: 'after' });
      i += 2;
    } else if (next === '+') {
      group(regex.lastGroupIndex);
      i += 2;
    } else if (next === '_') {
      flush();
      parts.push({ kind: 'input' });
      i += 2;
    } else if (next === '{') {
      const close = replacement.indexOf('}', i + 2);
      const name = close === -1 ? undefined : replacement.slice(i + 2, close);
      const index = name === undefined ? undefined : regex.groupIndex.get(normalizeRef(name));
      if (index === undefined) {
        // Not a group of this pattern: the "$" is literal text.
        text += '$';
        i++;
      } else {
        group(index);
        i = close + 1;
      }
    } else if (next >= '0' && next <= '9') {
      const digits = /^\d+/.exec(replacement.slice(i + 1))![0];
      const index = regex.groupIndex.get(normalizeRef(digits));
      if (index === undefined) {
        text += '$';
        i++;
      } else {
        group(index);
        i += 1 + digits.length;
      }
    } else {
      text += '$';
      i++;
    }
  }
  flush();
  return parts;
}

/** "01" and "1" name the same numbered group. */
function normalizeRef(ref: string): string {
  return /^\d+$/.test(ref) ? String(Number(ref)) : ref;
}

export function substitute(
  parts: readonly ReplacementPart[],
  match: RegExpExecArray,
  input: string,
): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'group':
        out += match[part.index] ?? '';
        break;
      case 'before':
        out += input.slice(0, match.index);
        break;
      case 'after':
        out += input.slice(match.index + match[0].length);
        break;
      case 'input':
        out += input;
        break;
    }
  }
  return out;
}
