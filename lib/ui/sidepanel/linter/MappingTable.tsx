import type { JSX } from 'preact';
import { isAttributeName, KNOWN_ATTRIBUTES, type ColumnMapping } from '../../../dryrun/columns';
import type { LoadedFile } from '../../../workers/dryrun-protocol';
import { dryRunText } from '../../../i18n/dryrun';

interface Props {
  file: LoadedFile;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  disabled: boolean;
}

/** Column → attribute choices, pre-filled from the headers; the first row shows what each holds. */
export function MappingTable({ file, mapping, onChange, disabled }: Props): JSX.Element {
  const set = (column: number, value: string): void => {
    const next = [...mapping];
    const attribute = value === '' ? null : value;
    // One column per attribute: taking an attribute frees it elsewhere.
    if (attribute)
      for (let i = 0; i < next.length; i += 1) if (next[i] === attribute) next[i] = null;
    next[column] = attribute;
    onChange(next);
  };
  return (
    <table class="mapping stack">
      <caption>{dryRunText('columnsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{dryRunText('colColumn')}</th>
          <th scope="col">{dryRunText('colExample')}</th>
          <th scope="col">{dryRunText('colAttribute')}</th>
        </tr>
      </thead>
      <tbody>
        {file.headers.map((header, column) => {
          const own = header.trim();
          const choices: string[] = [...KNOWN_ATTRIBUTES];
          const current = mapping[column];
          if (current && !choices.includes(current)) choices.push(current);
          if (isAttributeName(own) && !choices.includes(own)) choices.push(own);
          return (
            <tr key={column}>
              <th scope="row" data-label={dryRunText('colColumn')}>
                {header || `#${column + 1}`}
              </th>
              <td class="mono pre" data-label={dryRunText('colExample')}>
                {file.preview[0]?.[column] ?? ''}
              </td>
              <td data-label={dryRunText('colAttribute')}>
                <select
                  aria-label={dryRunText('attributeFor', { column: header || `#${column + 1}` })}
                  value={current ?? ''}
                  disabled={disabled}
                  onChange={(e) => set(column, e.currentTarget.value)}
                >
                  <option value="">{dryRunText('notUsed')}</option>
                  {choices.map((name) => (
                    <option key={name} value={name}>
                      [{name}]
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
