import type { Locale } from '../../../i18n';
import { rotationText, type RotationTextKey } from '../../../i18n/rotation';
import { ROTATION_STEPS, type Rotation } from '../../../storage';

const date = (ms: number | null | undefined): string =>
  ms == null ? '—' : new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

/**
 * The report's "Key rotation" section: credential ids and dates only. The rotation record has no
 * field for a key, so none can reach the report.
 */
export function rotationReportLines(r: Rotation, locale?: Locale): string[] {
  const say = (key: RotationTextKey): string => rotationText(key, undefined, locale);
  const lines = ['', `## ${say('md_heading')}`, ''];
  const item = (label: string, value: string): void => void lines.push(`- ${label}: ${value}`);
  item(say('md_old'), `${code(r.oldCredentialId)} (${date(r.oldExpiresAt)})`);
  if (r.removedCredentialId) item(say('md_removed'), code(r.removedCredentialId));
  item(say('md_new'), r.newCredentialId ? code(r.newCredentialId) : '—');
  item(say('md_started'), date(r.startedAt));
  item(say('md_finished'), date(r.finishedAt));
  if (r.confirmedBy) item(say('md_confirmed'), say(`confirmedBy_${r.confirmedBy}`));
  lines.push('', `| ${say('md_step')} | ${say('md_when')} | ${say('md_how')} |`, '|---|---|---|');
  for (const s of ROTATION_STEPS) {
    const mark = r.steps[s];
    lines.push(
      `| ${say(`step_${s}`)} | ${mark ? date(mark.at) : '—'} | ${mark ? say(mark.by === 'detected' ? 'md_detected' : 'md_ticked') : '—'} |`,
    );
  }
  return lines;
}
