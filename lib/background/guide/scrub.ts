import { stripBearer } from '../../portals/azure/decide';
import type { FrameReport } from '../../storage/guide';

/**
 * The last line before a frame's report is stored: nothing that contains the kept key reaches
 * storage (and from there the side panel). The content script already sends only facts of the
 * Tenant URL field; this also covers a key typed into a URL, an app name or quoted by Entra.
 * Returns null when the report cannot be stored at all (the key is in the page's address).
 */
export function withoutSecret(report: FrameReport, secret: string | null): FrameReport | null {
  const needles = [secret?.trim() ?? '', stripBearer(secret ?? '')]
    .filter((n) => n.length > 0)
    .map((n) => n.toLowerCase());
  if (needles.length === 0) return report;
  // Case ignored: a host name is lowercased by the URL parser, the key may not be.
  const has = (text: string | null | undefined): boolean =>
    !!text && needles.some((n) => text.toLowerCase().includes(n));
  if (has(report.href)) return null;
  const facts = report.form?.tenantUrl ?? null;
  return {
    ...report,
    appName: has(report.appName) ? null : report.appName,
    form:
      report.form && facts && (has(facts.host) || has(facts.region))
        ? { ...report.form, tenantUrl: { ...facts, host: null, region: null } }
        : report.form,
    testOutcome:
      report.testOutcome && has(report.testOutcome.text)
        ? { ...report.testOutcome, text: '' }
        : report.testOutcome,
  };
}
