import { describe, expect, it } from 'vitest';
import {
  applyDetections,
  checkItem,
  markStep,
  resetDirectory,
} from '@/lib/background/guide/progress';
import { APP, SP, tabGuide } from '../../../support/guide-reports';

const app = { name: 'CloudSSO', objectId: SP, appId: APP };

describe('progress per directory and app', () => {
  it('records the app and detects step 3 on the app’s own pages', () => {
    const p = applyDetections(
      {},
      'dir-1',
      tabGuide({ step: 3, confirmed: true, page: 'app-overview', app }),
      100,
    );
    expect(p['dir-1']).toMatchObject({
      currentApp: SP,
      apps: {
        [SP]: {
          name: 'CloudSSO',
          appId: APP,
          host: 'portal.azure.com',
          steps: { '3': { by: 'detected', at: 100 } },
        },
      },
    });
  });

  it('does not take an app from an address the page did not confirm', () => {
    const p = applyDetections(
      {},
      'dir-1',
      tabGuide({ step: 4, confirmed: false, page: 'unknown', app }),
      100,
    );
    expect(p).toEqual({});
  });

  it('detects step 4 only once users or groups are assigned, and step 5 once a cycle ran', () => {
    let p = applyDetections(
      {},
      'd',
      tabGuide({ confirmed: true, page: 'users-groups', app, assignments: 0 }),
      1,
    );
    expect(p['d']!.apps[SP]!.steps['4']).toBeUndefined();
    p = applyDetections(
      p,
      'd',
      tabGuide({ confirmed: true, page: 'users-groups', app, assignments: 3 }),
      2,
    );
    expect(p['d']!.apps[SP]!.steps['4']).toEqual({ by: 'detected', at: 2 });
    p = applyDetections(
      p,
      'd',
      tabGuide({ confirmed: true, page: 'provisioning-overview', app }),
      3,
    );
    expect(p['d']!.apps[SP]!.steps['5']).toEqual({ by: 'detected', at: 3 });
  });

  it('returns the same object when nothing changed, so nothing is written', () => {
    const tab = tabGuide({ confirmed: true, page: 'app-overview', app });
    const p = applyDetections({}, 'd', tab, 1);
    expect(applyDetections(p, 'd', tab, 2)).toBe(p);
  });

  it('moves ticks made before the app was known onto the app found later', () => {
    let p = markStep({}, 'd', '', 4, true, 5);
    p = checkItem(p, 'd', '', 'scopeAssignedOnly', true, 6);
    p = applyDetections(p, 'd', tabGuide({ confirmed: true, page: 'app-overview', app }), 7);
    expect(p['d']!.apps['']).toBeUndefined();
    expect(p['d']!.apps[SP]).toMatchObject({
      steps: { '4': { by: 'ticked' }, '3': { by: 'detected' } },
      checklist: { scopeAssignedOnly: 6 },
    });
  });

  it('keeps CloudSSO steps on the directory and unticks', () => {
    let p = markStep({}, 'd', SP, 2, true, 1);
    expect(p['d']!.steps['2']).toEqual({ by: 'ticked', at: 1 });
    p = markStep(p, 'd', SP, 2, false, 2);
    expect(p['d']!.steps['2']).toBeUndefined();
  });

  it('records a new Test connection outcome once', () => {
    const test = {
      ok: false,
      text: 'HTTP/401',
      tenantUrl: { kind: 'https' as const, host: 'x', path: 'other' as const, region: null },
      at: 9,
    };
    const p = applyDetections(
      {},
      'd',
      tabGuide({ confirmed: true, page: 'credentials-form', app, testOutcome: test }),
      9,
    );
    expect(p['d']!.apps[SP]!.lastTest).toEqual(test);
    expect(
      applyDetections(
        p,
        'd',
        tabGuide({
          confirmed: true,
          page: 'credentials-form',
          app,
          testOutcome: { ...test, at: 12 },
        }),
        12,
      ),
    ).toBe(p);
  });

  it('resets one directory, leaving the others', () => {
    const p = markStep(markStep({}, 'a', '', 1, true, 1), 'b', '', 1, true, 1);
    expect(Object.keys(resetDirectory(p, 'a'))).toEqual(['b']);
  });
});
