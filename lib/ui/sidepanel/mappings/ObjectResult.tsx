import type { JSX } from 'preact';
import { mappingText, type MappingKey } from '../../../i18n/mappings';
import type { ObjectCheck } from '../../../mappings/check';
import { rowExpression } from '../../../mappings/expression';
import { Message } from '../../common/Message';
import { RowVerdictItem } from './RowVerdictItem';

/** The check of one object (users or groups): required, matching, names, unsupported, unread. */
export function ObjectResult({ result }: { result: ObjectCheck }): JSX.Element {
  const r = result;
  const id = `mapping-${r.object}`;
  const heading = mappingText(r.object === 'user' ? 'users' : 'groups');
  return (
    <section class="mapping-object" aria-labelledby={`${id}-h`} data-object={r.object}>
      <h3 id={`${id}-h`}>{heading}</h3>
      <Message tone={r.problems === 0 ? 'ok' : 'error'}>
        <span data-testid={`${id}-summary`}>
          {r.problems === 0
            ? mappingText('clean', { n: r.rowCount })
            : mappingText('problems', { p: r.problems, n: r.rowCount })}
        </span>
      </Message>

      <h4>{mappingText('required')}</h4>
      {r.required.length === 0 ? (
        <p class="caption">{mappingText('requiredOk')}</p>
      ) : (
        <ul class="plain" data-testid={`${id}-required`}>
          {r.required.map((p) => (
            <li key={p.code} data-code={p.code}>
              <Message tone="error">
                {mappingText(
                  p.code as MappingKey,
                  'source' in p ? { source: p.source } : undefined,
                )}
              </Message>
            </li>
          ))}
        </ul>
      )}

      <h4>{mappingText('matching')}</h4>
      <p data-testid={`${id}-matching`} class={r.matching.ok ? '' : 'tone-error'}>
        {r.matching.target === null
          ? mappingText('matchingNone', { expected: r.matching.expected })
          : r.matching.ok
            ? mappingText('matchingOk', { target: r.matching.target })
            : mappingText('matchingWrong', {
                target: r.matching.target,
                expected: r.matching.expected,
              })}
      </p>

      {r.verdicts.length > 0 ? (
        <>
          <h4>{mappingText('names')}</h4>
          <ul class="plain mapping-rows">
            {r.verdicts.map((v) => (
              <RowVerdictItem key={v.index} verdict={v} />
            ))}
          </ul>
        </>
      ) : null}

      {r.unsupported.length > 0 || r.severalEmails ? (
        <>
          <h4>{mappingText('unsupported')}</h4>
          {r.unsupported.length > 0 ? (
            <p class="caption">{mappingText('unsupportedNote')}</p>
          ) : null}
          <ul class="plain" data-testid={`${id}-unsupported`}>
            {r.unsupported.map((u) => (
              <li key={u.index} data-target={u.row.target}>
                <code class="mono">{u.row.target}</code>
                <span class="caption muted"> ← {rowExpression(u.row)}</span>
                {u.multiValue ? <p class="caption tone-warn">{mappingText('multiValue')}</p> : null}
              </li>
            ))}
          </ul>
          {r.severalEmails ? <Message tone="warn">{mappingText('severalEmails')}</Message> : null}
        </>
      ) : null}

      {r.unread.length > 0 ? (
        <>
          <h4>{mappingText('unread')}</h4>
          <ul class="plain" data-testid={`${id}-unread`}>
            {r.unread.map((u) => (
              <li key={u.row}>
                <Message tone="warn">
                  {mappingText('unreadRow', { row: u.row, reason: u.reason })}
                </Message>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
