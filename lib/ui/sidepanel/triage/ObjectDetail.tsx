import type { JSX } from 'preact';
import { triageText } from '../../../i18n/triage';
import type { AffectedObject } from '../../../triage';

/** A character as the admin can see it: spaces and invisible characters by their code point. */
export function showChar(c: string): string {
  const code = c.codePointAt(0)!;
  return /[\s\p{C}]/u.test(c) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `“${c}”`;
}

/** What one object's failure says, beyond its group: characters, lengths, the other objects. */
export function ObjectDetail({ object }: { object: AffectedObject }): JSX.Element | null {
  const d = object.detail;
  switch (d.cause) {
    case 'rejected-name': {
      const parts: string[] = [];
      if (d.offending.length > 0) {
        parts.push(triageText('chars', { chars: d.offending.map(showChar).join(' ') }));
      }
      if (d.tooLong) parts.push(triageText('tooLong', d.tooLong));
      return parts.length ? <p class="caption">{`${d.attribute} · ${parts.join(' · ')}`}</p> : null;
    }
    case 'duplicate':
      return d.others.length ? (
        <p class="caption">
          {triageText('sameAs', {
            others: d.others
              .map((o) => `${o.displayName ?? triageText('noName')} (${o.objectId ?? '—'})`)
              .join(', '),
          })}
        </p>
      ) : null;
    case 'multi-valued':
      return (
        <p class="caption">
          {triageText('values', { attribute: d.attribute, count: d.count || '2+' })}
        </p>
      );
    case 'other':
      return <p class="caption entra-text">{d.text}</p>;
    default:
      return null;
  }
}
