// @vitest-environment happy-dom
import { bench, describe } from 'vitest';
import { checkMappings } from '../../lib/mappings/check';
import type { MappingRow } from '../../lib/mappings/types';
import { decideMappings } from '../../lib/portals/azure/mappings/decide';
import { extractMappings } from '../../lib/portals/azure/mappings/extract';

// The Mapping check (#13) on a 60-row users table: the content script's share (read the grid,
// decide the rows) and the side panel's (prove every name row). Target: under 50 ms of content
// script and under 300 ms until the panel shows every verdict. happy-dom: relative figures.
const NAMES: [string, string, string][] = [
  ['userPrincipalName', 'userName', 'Direct'],
  ['Join(" ", [givenName], [surname])', 'displayName', 'Expression'],
  ['givenName', 'name.givenName', 'Direct'],
  ['surname', 'name.familyName', 'Direct'],
  ['mail', 'emails[type eq "work"].value', 'Direct'],
  ['mailNickname', 'externalId', 'Direct'],
  ['jobTitle', 'title', 'Direct'],
];
const rows = Array.from({ length: 60 }, (_, i) =>
  i < NAMES.length
    ? NAMES[i]!
    : [
        `extensionAttribute${i}`,
        `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:x${i}`,
        'Direct',
      ],
);
const GRID = `<div role="tablist"><button role="tab" aria-selected="true">Users</button><button role="tab" aria-selected="false">Groups</button></div>
  <div role="grid"><div role="row"><div role="columnheader">Source Attribute (Microsoft Entra ID)</div><div role="columnheader">Target Attribute (CloudSSO)</div><div role="columnheader">Mapping Type</div><div role="columnheader">Matching Precedence</div><div role="columnheader"></div></div>
  ${rows.map(([s, t, k], i) => `<div role="row"><div role="gridcell"><span title="${s!.replace(/"/g, '&quot;')}">${s!.length > 40 ? `${s!.slice(0, 40)}…` : s}</span></div><div role="gridcell">${t}</div><div role="gridcell">${k}</div><div role="gridcell">${i === 0 ? '1' : ''}</div><div role="gridcell"><button aria-label="Edit">e</button><button aria-label="Delete">d</button></div></div>`).join('')}</div>`;

const tableRows: MappingRow[] = rows.map(([s, t, k], i) => ({
  object: 'user',
  kind: k === 'Direct' ? 'direct' : 'expression',
  source: s!,
  target: t!,
  matching: i === 0 ? 1 : null,
  defaultValue: null,
}));

describe('Mapping check, 60 rows', () => {
  bench('content script: read and decide the grid', () => {
    document.body.innerHTML = GRID;
    decideMappings(extractMappings(document)!);
  });
  bench('content script: a portal page without a mapping table (the common case)', () => {
    document.body.innerHTML = '<main><h2>Overview</h2><p>Current cycle status</p></main>';
    extractMappings(document);
  });
  bench(
    'side panel: check every row, nothing cached (first verdicts)',
    () => {
      checkMappings({ objects: ['user'], rows: tableRows });
    },
    { iterations: 5 },
  );
  const cache = new Map();
  checkMappings({ objects: ['user'], rows: tableRows }, cache);
  bench('side panel: check again after an edit (proofs cached)', () => {
    checkMappings({ objects: ['user'], rows: tableRows }, cache);
  });
});
