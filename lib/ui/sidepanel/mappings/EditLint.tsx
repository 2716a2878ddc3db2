import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { mappingText } from '../../../i18n/mappings';
import { verdictFor } from '../../../mappings/check';
import { rowExpression } from '../../../mappings/expression';
import { classifyTarget } from '../../../mappings/targets';
import type { StoredMappingPage } from '../../../storage/mappings';
import { VerdictBody } from './RowVerdictItem';

/**
 * The expression in Entra's edit pane, linted as the admin types it, against the row's target.
 * Read only: the extension never types into Entra's box; "Copy fix" is the action.
 */
export function EditLint({ edit }: { edit: NonNullable<StoredMappingPage['edit']> }): JSX.Element {
  const object = edit.object ?? 'user';
  const cls = classifyTarget(object, edit.target);
  const expression = rowExpression({ kind: edit.kind ?? 'expression', source: edit.source });
  const targetId = cls.kind === 'rule' ? cls.targetId : null;
  const typed = edit.source.trim() !== '';
  // The proof runs again only when the expression or its target changes, not on every report.
  const verdict = useMemo(
    () => (targetId !== null && typed ? verdictFor(expression, targetId) : null),
    [expression, targetId, typed],
  );
  return (
    <section class="mapping-edit" aria-labelledby="mapping-edit-h" data-testid="mapping-edit">
      <h3 id="mapping-edit-h">{mappingText('editing')}</h3>
      <p class="caption">
        {mappingText('editingTarget', { target: edit.target })}
        {edit.kind ? ` · ${mappingText(edit.kind)}` : ''}
      </p>
      {edit.source.trim() === '' ? (
        <p class="caption">{mappingText('editingEmpty')}</p>
      ) : (
        <code class="mono source">{expression}</code>
      )}
      {cls.kind !== 'rule' ? (
        <p class="caption">{mappingText('editingNoRule', { target: edit.target })}</p>
      ) : verdict ? (
        <VerdictBody verdict={verdict} target={edit.target} />
      ) : null}
      <p class="caption muted">{mappingText('editingNever')}</p>
    </section>
  );
}
