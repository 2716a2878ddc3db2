import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { triageText, type TriageKey } from '../../../i18n/triage';
import { groupsCsv } from '../../../triage/export';
import type { TriageGroup } from '../../../triage';
import { CopyButton } from '../../common/CopyButton';
import { ObjectDetail } from './ObjectDetail';
import { RotateAction } from './RotateAction';
import { downloadCsv } from './download';

const SHOWN = 20;

/** One cause: what it means in CloudSSO terms, what to do, and the objects it hit. */
export function GroupView({ group }: { group: TriageGroup }): JSX.Element {
  const [all, setAll] = useState(false);
  const title = triageText(`cause_${group.cause}` as TriageKey);
  const id = `triage-${group.cause}`;
  const fixes = new Map<string, string>();
  for (const o of group.objects) {
    if (o.detail.cause === 'rejected-name' && o.detail.fix) {
      fixes.set(o.detail.attribute, o.detail.fix);
    }
  }
  const shown = all ? group.objects : group.objects.slice(0, SHOWN);
  return (
    <section class="triage-group" aria-labelledby={`${id}-title`} data-cause={group.cause}>
      <h3 id={`${id}-title`}>
        {title} <span class="badge">{group.objects.length}</span>
      </h3>
      <p>{triageText(`why_${group.cause}` as TriageKey)}</p>
      {group.cause === 'credential' ? <RotateAction /> : null}
      {[...fixes].map(([attribute, fix]) => (
        <div class="triage-fix" key={attribute}>
          <p class="caption">{triageText('fixFor', { attribute })}</p>
          <code class="expression">{fix}</code>
          <CopyButton name={triageText('copyFix')} label={triageText('copyFix')} text={() => fix} />
        </div>
      ))}
      <ul class="triage-objects">
        {shown.map((o) => (
          <li key={o.entryId}>
            <span class="name">{o.displayName ?? triageText('noName')}</span>{' '}
            <span class="caption muted object-id">{o.objectId ?? '—'}</span>
            <ObjectDetail object={o} />
          </li>
        ))}
      </ul>
      <div class="step-actions">
        {group.objects.length > SHOWN && !all ? (
          <button type="button" class="link" onClick={() => setAll(true)}>
            {triageText('showAll', { n: group.objects.length })}
          </button>
        ) : null}
        <button
          type="button"
          class="link"
          aria-label={triageText('exportGroup', { group: title })}
          onClick={() => downloadCsv(groupsCsv([group]), `provisioning-${group.cause}`)}
        >
          {triageText('exportCsv')}
        </button>
      </div>
    </section>
  );
}
