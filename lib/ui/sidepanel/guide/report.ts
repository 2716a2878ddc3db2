/**
 * The Markdown report of what was configured. Built from facts only: its input type has no
 * field for the SCIM key, so the key cannot end up in it.
 */
import { commonText } from '../../../i18n/common';
import { rotationReportLines } from '../rotation/report';
import type { Rotation } from '../../../storage';
import type { Locale } from '../../../i18n';
import type { Directory } from '../../../storage';
import { CHECKLIST_IDS, type AppProgress } from '../../../storage/guide';
import type { MappingCheck } from '../../../mappings/check';
import { mappingReportLines } from '../mappings/report-lines';
import type { StepView } from './model';
import { guideText, type GuideKey as TextKey } from '../../../i18n/guide';

export interface ReportInput {
  directory: Directory | null;
  credential: Directory['credentials'][number] | null;
  app: AppProgress | null;
  steps: readonly StepView[];
  /** The directory's key rotation, current or last finished (ids and dates only). */
  rotation?: Rotation | null;
  now: number;
  locale?: Locale;
  /** The Mapping check of the Attribute mapping page, when one was read. */
  mappingCheck?: MappingCheck | null;
}

/** Escapes text read from a page or a console, so it stays text in Markdown. */
export function mdText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_{}[\]()#+!|<>~-])/g, '\\$1');
}

const date = (ms: number | null | undefined): string =>
  ms == null ? '—' : new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

export function buildReport(input: ReportInput): string {
  const L = input.locale;
  const say = (key: TextKey, params?: Record<string, string | number>): string =>
    guideText(key, params, L);
  const d = input.directory;
  const lines: string[] = [
    `# ${say('md_title')}`,
    '',
    say('md_generated', { when: date(input.now) }),
    '',
    `> ${say('md_noKey')}`,
    '',
    `## ${say('md_cloudsso')}`,
    '',
  ];
  const item = (label: string, value: string): void => void lines.push(`- ${label}: ${value}`);
  if (d) {
    item(
      say('md_site'),
      d.site === 'cn' ? commonText('siteCn', undefined, L) : commonText('siteIntl', undefined, L),
    );
    item(
      say('md_directoryId'),
      d.directoryId ? code(d.directoryId) : commonText('notReadYet', undefined, L),
    );
    item(say('region'), d.region ? code(d.region) : commonText('notReadYet', undefined, L));
    item(
      say('md_endpoint'),
      d.endpoint ? code(d.endpoint) : commonText('notReadYet', undefined, L),
    );
    if (d.acceleratedEndpoint) item(say('md_accelerated'), code(d.acceleratedEndpoint));
    item(
      say('syncState'),
      d.syncEnabled === null
        ? commonText('notReadYet', undefined, L)
        : say(d.syncEnabled ? 'on' : 'off'),
    );
  } else {
    lines.push(say('noDirectory'));
  }
  const c = input.credential;
  if (c) {
    const parts = [code(c.id)];
    if (c.createdAt) parts.push(say('md_created', { date: date(c.createdAt) }));
    if (c.expiresAt) parts.push(say('md_expires', { date: date(c.expiresAt) }));
    item(say('md_credential'), parts.join(', '));
  }

  lines.push('', `## ${say('md_entra')}`, '');
  const a = input.app;
  if (a && (a.objectId || a.name)) {
    item(say('md_appName'), a.name ? mdText(a.name) : say('unnamedApp'));
    if (a.objectId) item(say('objectId'), code(a.objectId));
    if (a.appId) item(say('applicationId'), code(a.appId));
    if (a.host) item(say('md_portal'), code(a.host));
    if (a.assignments !== null) item(say('md_assignments'), String(a.assignments));
    if (a.lastTest) {
      item(
        say('md_lastTest'),
        `${a.lastTest.ok ? say('testOk') : a.lastTest.text ? say('testFailed', { text: mdText(a.lastTest.text) }) : say('testFailedNoText')} (${date(a.lastTest.at)})`,
      );
    }
  } else {
    lines.push(say('noApp'));
  }

  lines.push(
    '',
    `## ${say('md_steps')}`,
    '',
    `| ${say('md_step')} | ${say('md_state')} | ${say('md_when')} |`,
    '|---|---|---|',
  );
  for (const s of input.steps) {
    const state =
      s.state === 'problem'
        ? say('stateProblem')
        : s.doneBy === 'ticked'
          ? say('stateTicked')
          : s.doneBy === 'detected'
            ? say('stateDetected')
            : say('stateNotStarted');
    lines.push(
      `| ${s.n}. ${say(`step${s.n}` as TextKey)} | ${state} | ${s.doneAt ? date(s.doneAt) : '—'} |`,
    );
  }

  lines.push('', `## ${say('md_mappings')}`, '');
  for (const id of CHECKLIST_IDS) {
    const at = a?.checklist[id];
    item(say(`k_${id}` as TextKey), at ? `${say('md_yes')} (${date(at)})` : say('md_notConfirmed'));
  }

  lines.push('', ...mappingReportLines(input.mappingCheck ?? null, L, mdText));

  lines.push('', `## ${say('md_verify')}`, '');
  if (d?.scimUsers || d?.scimGroups) {
    lines.push(say('counts', { users: d.scimUsers?.scim ?? 0, groups: d.scimGroups?.scim ?? 0 }));
  } else {
    lines.push(say('countsNone'));
  }
  if (input.rotation) lines.push(...rotationReportLines(input.rotation, L));
  return `${lines.join('\n')}\n`;
}
