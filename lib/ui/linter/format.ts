import type { Attributes, Output } from '../../expr';
import { linterText } from '../../i18n/linter';

/** An output as the admin reads it in a table cell. */
export function formatOutput(output: Output | undefined): string {
  if (output === undefined || output === null) return linterText('notSent');
  if (Array.isArray(output))
    return output.map((v) => (v === '' ? linterText('emptyString') : v)).join(' | ');
  return output === '' ? linterText('emptyString') : output;
}

/** The text a copy button copies for an output: the value itself, several values one per line. */
export function copyableOutput(output: Output | undefined): string {
  if (output === undefined || output === null) return '';
  return Array.isArray(output) ? output.join('\n') : output;
}

/** `displayName: José Müller` lines for the inputs an expression read. */
export function formatInputs(inputs: Attributes): string {
  const entries = Object.entries(inputs);
  if (entries.length === 0) return linterText('noAttributes');
  return entries
    .map(([k, v]) => {
      const shown =
        v === null || v === undefined
          ? linterText('notSet')
          : Array.isArray(v)
            ? v.join(' | ')
            : v === ''
              ? linterText('emptyString')
              : String(v);
      return entries.length === 1 ? shown : `${k}: ${shown}`;
    })
    .join('\n');
}
