/**
 * True when any text of a page report contains the kept SCIM key (pasted into an expression box,
 * shown in a log entry's values...): such a report is never stored (docs/privacy.md). Compared
 * without case and without a "Bearer " prefix, as the key may be written either way.
 */
export function mentionsSecret(report: unknown, secret: string | null | undefined): boolean {
  const needle =
    secret
      ?.trim()
      .replace(/^bearer\s+/i, '')
      .toLowerCase() ?? '';
  if (needle === '') return false;
  return JSON.stringify(report).toLowerCase().includes(needle);
}
