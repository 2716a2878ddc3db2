import type { JSX } from 'preact';
import { triageText as t } from '../../../i18n/triage';
import type { AffectedObject } from '../../../triage';

/** What one object's failure says, beyond its group: characters, lengths, the other objects. */
export function ObjectDetail({ object }: { object: AffectedObject }): JSX.Element | null {
  const d = object.detail;
  switch (d.cause) {
    case 'rejected-name': {
      const parts: string[] = [];
      if (d.offending.length > 0) {
        parts.push(t('chars', { chars: d.offending.map((c) => `“${c}”`).join(' ') }));
      }
      if (d.tooLong) parts.push(t('tooLong', d.tooLong));
      return parts.length ? <p class="caption">{`${d.attribute} · ${parts.join(' · ')}`}</p> : null;
    }
    case 'duplicate':
      return d.others.length ? (
        <p class="caption">
          {t('sameAs', {
            others: d.others
              .map((o) => `${o.displayName ?? t('noName')} (${o.objectId ?? '—'})`)
              .join(', '),
          })}
        </p>
      ) : null;
    case 'multi-valued':
      return (
        <p class="caption">{t('values', { attribute: d.attribute, count: d.count || '2+' })}</p>
      );
    case 'other':
      return <p class="caption entra-text">{d.text}</p>;
    default:
      return null;
  }
}
