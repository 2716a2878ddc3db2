import type { JSX } from 'preact';
import { sendToBackground } from '../../../messaging/client';
import { sendToLinter } from '../../../storage';
import { CHECKLIST_IDS, type ChecklistId } from '../../../storage/guide';
import { useAnnounce } from '../status';
import { CopyButton } from '../../common/CopyButton';
import { ChoiceValue, CopyValue } from './CopyValue';
import { EXPRESSIONS, GROUP_MAPPINGS, USER_MAPPINGS, type MappingRow } from './mappings';
import type { StepContext } from './model';
import { guideText, type GuideKey as TextKey } from '../../../i18n/guide';
import { errorText } from '../../../util/error-text';

function MappingTable({
  caption,
  rows,
  id,
}: {
  caption: string;
  rows: readonly MappingRow[];
  id: string;
}): JSX.Element {
  return (
    <table class="mappings stack" aria-labelledby={id}>
      <caption id={id}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{guideText('colTarget')}</th>
          <th scope="col">{guideText('colSource')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.target} class={r.changed ? 'changed' : undefined}>
            <th scope="row" data-label={guideText('colTarget')}>
              <code>{r.target}</code>
            </th>
            <td data-label={guideText('colSource')}>
              <code>{r.source}</code>
              {r.changed ? <span class="badge tone-warn">{guideText('changedRow')}</span> : null}
              {/* Only an expression is typed into Entra; an attribute is picked from a list. */}
              {r.source.includes('(') ? (
                <CopyButton
                  name={guideText('copyName', { what: `${caption}: ${r.target} ← ${r.source}` })}
                  text={() => r.source}
                />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Step 5 beyond the credentials: mappings, expressions, scope, status, and the admin's ticks. */
export function Step5Details({
  ctx,
  idPrefix,
}: {
  ctx: StepContext;
  idPrefix: string;
}): JSX.Element {
  const announce = useAnnounce();
  const checklist = ctx.app?.checklist ?? {};
  const toggle = (item: ChecklistId, done: boolean): void => {
    sendToBackground('guide.check', {
      directoryKey: ctx.directoryKey,
      appKey: ctx.appKey,
      item,
      done,
    }).catch((e: unknown) => announce(guideText('saveFailed', { reason: errorText(e) }), 'error'));
  };
  return (
    <div class="step5">
      <h4>{guideText('mappingsHeading')}</h4>
      <p>{guideText('externalIdNote')}</p>
      <MappingTable
        id={`${idPrefix}-users-mappings`}
        caption={guideText('usersTable')}
        rows={USER_MAPPINGS}
      />
      <MappingTable
        id={`${idPrefix}-groups-mappings`}
        caption={guideText('groupsTable')}
        rows={GROUP_MAPPINGS}
      />
      <p>{guideText('deleteOthers')}</p>
      <p>
        {guideText('mappingCheckPointer')}{' '}
        <a
          href="#mapping-check"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('mapping-check')?.scrollIntoView({ block: 'start' });
          }}
        >
          {guideText('mappingCheckLink')}
        </a>
      </p>

      <h4>{guideText('expressionsHeading')}</h4>
      <p class="muted">{guideText('expressionsNote')}</p>
      {EXPRESSIONS.flatMap((x) => {
        const label = guideText(`x_${x.id}` as TextKey);
        const rows: { key: string; label: string; expression: string }[] = [
          { key: x.id, label, expression: x.expression },
        ];
        if (x.uniqueVariant) {
          rows.push({
            key: `${x.id}-unique`,
            label: guideText('uniqueVariant', { what: label }),
            expression: x.uniqueVariant,
          });
        }
        return rows.map((row) => (
          <div class="expression" key={row.key}>
            <CopyValue
              label={row.label}
              value={row.expression}
              name={guideText('copyName', { what: `${row.label} expression` })}
            />
            <button
              type="button"
              class="link"
              aria-label={guideText('checkInLinterName', { what: row.label })}
              onClick={() =>
                sendToLinter(row.expression, x.targetId).then(
                  () => announce(guideText('sentToLinter'), 'ok'),
                  (e: unknown) =>
                    announce(guideText('saveFailed', { reason: errorText(e) }), 'error'),
                )
              }
            >
              {guideText('checkInLinter')}
            </button>
          </div>
        ));
      })}

      <h4>{guideText('settingsHeading')}</h4>
      <div class="values">
        {/* Chosen from Entra's dropdowns, in the words Entra shows in the admin's language. */}
        <ChoiceValue label={guideText('scopeLabel')} value={guideText('scopeValue')} />
        <ChoiceValue label={guideText('statusLabel')} value={guideText('statusValue')} />
      </div>

      <fieldset class="checklist">
        <legend>{guideText('checklistHeading')}</legend>
        {CHECKLIST_IDS.map((id) => (
          <label key={id} class="check">
            <input
              type="checkbox"
              checked={checklist[id] !== undefined}
              onChange={(e) => toggle(id, e.currentTarget.checked)}
            />{' '}
            {guideText(`k_${id}` as TextKey)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
