import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { mappingText } from '../../../i18n/mappings';
import { checkMappings, type MappingCheck } from '../../../mappings/check';
import { applyCommand, fixSchema, readableDiff, type SchemaFix } from '../../../mappings/fix';
import { readSchema, SchemaError } from '../../../mappings/schema';
import { CopyButton } from '../../common/CopyButton';
import { Message } from '../../common/Message';

export interface LoadedSchema {
  name: string;
  check: MappingCheck;
  fix: SchemaFix;
}

/** Reads a dropped or opened schema file; the file never leaves the browser. */
export async function loadSchema(file: File): Promise<LoadedSchema> {
  const schema = readSchema(await file.text());
  const check = checkMappings({
    rows: schema.rows,
    unread: schema.unread,
    objects: schema.objects,
  });
  return { name: file.name, check, fix: fixSchema(schema, check) };
}

const correctedName = (name: string): string => name.replace(/(\.json)?$/i, '.corrected.json');

/** Open or drop a schema file. */
export function SchemaPicker({ onLoaded }: { onLoaded: (s: LoadedSchema) => void }): JSX.Element {
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const take = (file: File | undefined): void => {
    if (!file) return;
    setError(null);
    loadSchema(file).then(onLoaded, (e: unknown) =>
      setError(
        mappingText('notSchema', { reason: e instanceof SchemaError ? e.message : String(e) }),
      ),
    );
  };
  return (
    <div
      class={`schema-drop ${over ? 'over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files[0]);
      }}
    >
      <label class="button">
        {mappingText('openFile')}
        <input
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          data-testid="schema-file"
          onChange={(e) => take(e.currentTarget.files?.[0])}
        />
      </label>
      <p class="caption muted">{mappingText('dropHint')}</p>
      {error ? (
        <Message tone="error" role="alert">
          {error}
        </Message>
      ) : null}
    </div>
  );
}

/** The corrected schema: download, what changes, and the command that applies it. */
export function CorrectedSchema({ loaded }: { loaded: LoadedSchema }): JSX.Element {
  const { fix } = loaded;
  const file = correctedName(loaded.name);
  const command = applyCommand(file);
  const download = (): void => {
    const url = URL.createObjectURL(new Blob([fix.text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <section class="corrected-schema" aria-labelledby="corrected-h" data-testid="corrected-schema">
      <h3 id="corrected-h">{mappingText('corrected')}</h3>
      {fix.changes.length === 0 ? (
        <p>{mappingText('nothingToFix')}</p>
      ) : (
        <>
          <p>{mappingText('correctedNote', { n: fix.changes.length })}</p>
          <pre class="mono command" data-testid="az-command">
            {command}
          </pre>
          <div class="actions">
            <button type="button" onClick={download}>
              {mappingText('download')}
            </button>
            <CopyButton
              name={mappingText('copyCommand')}
              label={mappingText('copyCommand')}
              text={() => command}
            />
          </div>
          <details>
            <summary>{mappingText('diff')}</summary>
            <pre class="mono diff" data-testid="schema-diff">
              {readableDiff(fix.changes)}
            </pre>
          </details>
        </>
      )}
      {fix.notFixed > 0 ? (
        <p class="caption">{mappingText('notFixed', { n: fix.notFixed })}</p>
      ) : null}
    </section>
  );
}
