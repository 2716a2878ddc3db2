import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { mappingText } from '../../../i18n/mappings';
import type { MappingCheck as Check } from '../../../mappings/check';
import { EditLint } from './EditLint';
import { ObjectResult } from './ObjectResult';
import { CorrectedSchema, SchemaPicker, type LoadedSchema } from './SchemaFile';
import { usePageCheck } from './useMappingCheck';
import './mappings.css';

function Results({ check }: { check: Check }): JSX.Element {
  return (
    <>
      {check.users ? (
        <ObjectResult result={check.users} />
      ) : (
        <p class="caption">{mappingText('notShown', { what: mappingText('users') })}</p>
      )}
      {check.groups ? (
        <ObjectResult result={check.groups} />
      ) : (
        <p class="caption">{mappingText('notShown', { what: mappingText('groups') })}</p>
      )}
    </>
  );
}

/**
 * "Mapping check": the Attribute mapping page Entra shows (live, as the admin edits, saves or
 * discards), the expression being typed in its edit pane, or a schema file from Graph.
 */
export function MappingCheck(): JSX.Element {
  const page = usePageCheck();
  const [file, setFile] = useState<LoadedSchema | null>(null);
  return (
    <section class="card mapping-check" aria-labelledby="mapping-check-h" id="mapping-check">
      <h2 id="mapping-check-h">{mappingText('heading')}</h2>
      {page.edit ? <EditLint edit={page.edit} /> : null}
      {file ? (
        <>
          <p class="caption muted" data-testid="mapping-source">
            {mappingText('fromFile', { name: file.name })}{' '}
            <button type="button" class="link" onClick={() => setFile(null)}>
              {mappingText('closeFile')}
            </button>
          </p>
          <CorrectedSchema loaded={file} />
          <Results check={file.check} />
        </>
      ) : page.check ? (
        <>
          <p class="caption muted" data-testid="mapping-source">
            {mappingText('fromPage')}
            {page.pending ? ` · ${mappingText('checking')}` : ''}
          </p>
          <Results check={page.check} />
        </>
      ) : (
        <p class="muted">{page.pending ? mappingText('checking') : mappingText('intro')}</p>
      )}
      <SchemaPicker onLoaded={setFile} />
    </section>
  );
}
