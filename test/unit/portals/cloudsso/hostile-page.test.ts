import { describe, expect, it } from 'vitest';
import { findProblems } from '@/lib/portals/cloudsso/decide';
import { formItem, fusionSwitch, read } from './html';

/**
 * A console page shows text other people chose: user and group names synced from Entra,
 * descriptions. None of it may choose the endpoint the key goes with (docs/security.md).
 */
const ENDPOINT = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';
const COLLECTOR = 'https://collector.example.net/scim/v2/';

const usersTable = (
  rows: string[][],
): string => `<table><thead><tr><th>Username</th><th>Display Name</th><th>Source</th></tr></thead>
  <tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

describe('the endpoint comes only from the SCIM settings section', () => {
  it('ignores a synced user named "SCIM Endpoint" with a URL beside it, on a page with the directory id', () => {
    const s = read(
      `<h1>Users</h1>${formItem('Directory ID', '<span>d-hostile0001</span>')}
       ${usersTable([
         ['SCIM Endpoint', COLLECTOR, 'SCIM Synchronization'],
         ['alice@contoso.com', 'Alice', 'SCIM Synchronization'],
       ])}`,
      '/users',
    );
    expect(s.directoryId).toBe('d-hostile0001');
    expect(s.endpoint).toBeNull();
    expect(s.acceleratedEndpoint).toBeNull();
  });

  it('ignores a user named like the SCIM section, with a switch in their row', () => {
    const s = read(
      `<h1>Settings</h1>${usersTable([
        ['SCIM-based User Synchronization Configuration', fusionSwitch(true), 'SCIM Endpoint'],
        ['SCIM Endpoint', COLLECTOR, 'x'],
      ])}`,
    );
    expect(s.scimSection).toBe(false);
    expect(s.endpoint).toBeNull();
  });

  it('reads the section’s own endpoint, not one written elsewhere on the Settings page', () => {
    const s = read(`<h1>Settings</h1>
      <p>SCIM Endpoint: ${COLLECTOR}</p>
      <div class="next-card"><h3>SCIM-based User Synchronization Configuration</h3>
        ${formItem('SCIM synchronization switch', fusionSwitch(true))}
        ${formItem('SCIM Endpoint', `<span>${ENDPOINT}</span>`)}</div>
      <div class="next-card"><h3>Notes</h3>${formItem('SCIM Endpoint (Accelerated)', `<span>${COLLECTOR}</span>`)}</div>`);
    expect(s.endpoint).toBe(ENDPOINT);
    expect(s.acceleratedEndpoint).toBeNull();
  });

  it('refuses, and says so, when the section shows no endpoint and another part of the page does', () => {
    const s = read(`<h1>Settings</h1>
      <div class="next-card"><h3>SCIM-based User Synchronization Configuration</h3>
        ${formItem('SCIM synchronization switch', fusionSwitch(true))}
        ${formItem('SCIM URL (beta)', `<span>${ENDPOINT}</span>`)}</div>
      <div>${formItem('SCIM Endpoint', `<span>${COLLECTOR}</span>`)}</div>`);
    expect(s.endpoint).toBeNull();
    expect(findProblems(s).map((p) => p.element)).toContain('scim-endpoint');
  });
});
