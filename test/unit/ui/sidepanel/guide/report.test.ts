import { describe, expect, it } from 'vitest';
import { checkMappings } from '@/lib/mappings/check';
import { buildReport, mdText } from '@/lib/ui/sidepanel/guide/report';
import { deriveSteps } from '@/lib/ui/sidepanel/guide/model';
import type { Directory } from '@/lib/storage';
import { SP } from '../../../../support/guide-reports';

const NOW = Date.UTC(2026, 5, 1, 8, 30);
const directory: Directory = {
  key: 'intl:d-1',
  site: 'intl',
  directoryId: 'd-1',
  endpoint: 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/',
  acceleratedEndpoint: null,
  endpointIssue: null,
  acceleratedEndpointIssue: null,
  region: 'cn-shanghai',
  syncEnabled: true,
  credentials: [
    {
      id: 'scimcred-abc',
      createdAt: Date.UTC(2026, 0, 1),
      expiresAt: Date.UTC(2027, 0, 1),
      createdFrom: 'console',
    },
  ],
  scimUsers: { scim: 12, listed: 12, countedAt: NOW },
  scimGroups: { scim: 3, listed: 3, countedAt: NOW },
  updatedAt: NOW,
};

describe('the Markdown report', () => {
  const app = {
    name: 'Cloud*SSO | prod',
    objectId: SP,
    appId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    host: 'entra.microsoft.com',
    steps: { '3': { by: 'detected' as const, at: NOW } },
    checklist: { externalIdFromObjectId: NOW },
    lastTest: null,
    assignments: 2,
    updatedAt: NOW,
  };
  const steps = deriveSteps({
    directory,
    secret: {
      directoryKey: directory.key,
      credentialId: 'scimcred-abc',
      capturedAt: NOW,
      forgetAt: NOW + 1,
    },
    progress: null,
    app,
    followed: null,
    now: NOW,
  });
  const md = buildReport({
    directory,
    credential: directory.credentials[0]!,
    app,
    steps,
    now: NOW,
    locale: 'en',
  });

  it('summarizes sites, endpoint, region, credential and expiry, app ids, steps and mapping choices', () => {
    expect(md).toContain('- Site: International site');
    expect(md).toContain(
      '- SCIM endpoint: `https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/`',
    );
    expect(md).toContain('- Region: `cn-shanghai`');
    expect(md).toContain(
      '- SCIM credential: `scimcred-abc`, created 2026-01-01 00:00 UTC, expires 2027-01-01 00:00 UTC',
    );
    expect(md).toContain(`- Object ID: \`${SP}\``);
    expect(md).toContain(
      '| 3. Create the enterprise application | Done (detected) | 2026-06-01 08:30 UTC |',
    );
    expect(md).toContain('- externalId comes from objectId: yes (2026-06-01 08:30 UTC)');
    expect(md).toContain('- Scope: Sync only assigned users and groups: not confirmed');
    expect(md).toContain('SCIM-synchronized in CloudSSO: 12 users, 3 groups');
  });

  it('keeps page-derived text as text', () => {
    expect(md).toContain('- Enterprise application: Cloud\\*SSO \\| prod');
    expect(mdText('<img src=x onerror=alert(1)>\n# x')).toBe(
      '\\<img src=x onerror=alert\\(1\\)\\> \\# x',
    );
  });

  it('is in Chinese when the UI is', () => {
    const zh = buildReport({
      directory,
      credential: null,
      app: null,
      steps,
      now: NOW,
      locale: 'zh-CN',
    });
    expect(zh).toContain('# CloudSSO SCIM 预配报告');
    expect(zh).toContain('尚未识别 Entra 应用。');
  });

  it('adds the Mapping check as a table, with no name beyond the built-in test names', () => {
    const check = checkMappings({
      objects: ['user'],
      rows: [
        {
          object: 'user',
          kind: 'direct',
          source: 'mailNickname',
          target: 'externalId',
          matching: null,
          defaultValue: null,
        },
        {
          object: 'user',
          kind: 'direct',
          source: 'userPrincipalName',
          target: 'userName',
          matching: 1,
          defaultValue: null,
        },
        {
          object: 'user',
          kind: 'direct',
          source: 'jobTitle',
          target: 'title',
          matching: null,
          defaultValue: null,
        },
      ],
    });
    const withCheck = buildReport({
      directory,
      credential: null,
      app,
      steps,
      now: NOW,
      locale: 'en',
      mappingCheck: check,
    });
    expect(withCheck).toContain('## Mapping check');
    expect(withCheck).toContain('| Users | `userName` | `[userPrincipalName]` | Direct | Unsafe |');
    expect(withCheck).toContain(
      '| Users | `title` | `[jobTitle]` | Direct | no CloudSSO field: delete |',
    );
    expect(withCheck).toContain('externalId comes from mailNickname');
    // The counterexample the proof found is not in the report.
    const counter = check.users!.verdicts[0]!.counterexample!;
    expect(withCheck).not.toContain(String(Object.values(counter.attrs)[0]));
    expect(md).toContain('No mapping page was read.');
  });
});
