import { describe, expect, it } from 'vitest';
import { explainTestOutcome, quotedStatus } from '@/lib/portals/azure/decide';
import { tenantUrlFacts } from '@/lib/portals/azure/tenant-url';
import { containsAny, isLabel, normalizeLabel } from '@/lib/portals/azure/text';
import { findDateTimes } from '@/lib/portals/cloudsso/dates';
import { assessEndpoint, scimUrl } from '@/lib/portals/cloudsso/endpoint';
import { readConsole } from '@/lib/portals/cloudsso/extract';
import { canonicalLabel } from '@/lib/portals/cloudsso/text';
import { keepKnownWords } from '@/lib/portals/common/known-text';
import { collapseText, createPageText } from '@/lib/portals/common/page-text';
import { shapeText } from '@/lib/portals/common/shape';
import { extensionVocabulary } from '@/lib/portals/common/vocabulary';

/**
 * Every pattern the content scripts run over page text is linear in the text's length (#11): a
 * page chooses its text, and a pattern like `[.,;]+$` takes a second on 40,000 dots followed by
 * a letter (each start position scans the run to its end again), and many seconds on the 100,000
 * used here. These tests feed each reader such adversarial text and check the answer. The time
 * limit is a tripwire, not a measurement: linear code needs a few milliseconds here (the figures
 * are in `npm run bench`, test/bench/page-text.bench.ts), one quadratic pattern alone overruns it
 * many times over, and the test then fails once the pattern finally returns.
 */
const N = 100_000;
const runOf = (unit: string, tail = 'x'): string => unit.repeat(Math.ceil(N / unit.length)) + tail;
const LIMIT = { timeout: 3_000 };

describe('page text is read in linear time, whatever the page writes', () => {
  it('label comparison: runs of markers, colons, stars and spaces before a letter', LIMIT, () => {
    for (const text of [runOf('*'), runOf(':'), runOf(': '), runOf(' '), runOf('(required)')]) {
      expect(normalizeLabel(text).endsWith('x')).toBe(true);
      expect(canonicalLabel(text).endsWith('x')).toBe(true);
      expect(isLabel(text, ['Tenant URL'])).toBe(false);
      expect(containsAny(text, ['Current cycle status'])).toBe(false);
    }
    // The markers themselves still go: "Tenant URL" followed by a long tail of markers.
    expect(isLabel(`Tenant URL${': *'.repeat(N / 3)}`, ['Tenant URL'])).toBe(true);
    expect(canonicalLabel(`SCIM Endpoint${'*:'.repeat(N / 2)}`)).toBe('scimendpoint');
  });

  it('the endpoint: a URL followed by a long run of sentence punctuation', LIMIT, () => {
    const url = 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/';
    document.body.innerHTML = `<h1>Settings</h1><section><h3>SCIM-based User Synchronization Configuration</h3>
      <button role="switch" aria-checked="true"></button>
      <div><label>SCIM Endpoint</label><div><span id="v"></span></div></div></section>`;
    document.getElementById('v')!.textContent = `${url}${'.'.repeat(N)}x`;
    // The dots are not sentence punctuation here (a letter follows): the URL goes on, and the
    // endpoint is flagged, not truncated to something it is not.
    const read = readConsole(document, { pathname: '/setting' });
    expect(read.endpoint?.length).toBe(url.length + N + 1);
    document.getElementById('v')!.textContent = `${url}${'.'.repeat(N)}`;
    expect(readConsole(document, { pathname: '/setting' }).endpoint).toBe(url);
    expect(assessEndpoint(`${url}${'/'.repeat(N)}`, 'regular').issue).toBe('path');
    expect(scimUrl(`${url}${'/'.repeat(N)}`, 'Users')).toBe(`${url}Users`);
  });

  it('ids, dates and keys in long runs of look-alike text', LIMIT, () => {
    expect(findDateTimes(runOf('2024-'))).toEqual([]);
    expect(findDateTimes(`${'9'.repeat(N)} 2024-05-01`)).toHaveLength(1);
    document.body.innerHTML = `<h1>Settings</h1><table><tbody><tr><td id="c"></td></tr></tbody></table>
      <div role="dialog"><div>SCIM Credential Generated</div><p id="k"></p></div>`;
    document.getElementById('c')!.textContent = runOf('scimcred');
    document.getElementById('k')!.textContent = `Secret: ${'a'.repeat(N)} b`;
    const read = readConsole(document, { pathname: '/setting' });
    expect(read.credentials).toEqual([]);
    expect(read.dialog?.secret).toBeNull();
  });

  it('Test connection messages and the Tenant URL field', LIMIT, () => {
    expect(quotedStatus(runOf('HTTP/'))).toBeNull();
    expect(quotedStatus(`${'HTTP/4'.repeat(N / 6)} HTTP/401`)).toBe(401);
    const facts = tenantUrlFacts(
      `https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2${'/'.repeat(N)}`,
    );
    expect(facts.path).toBe('scim-v2-slashes');
    const causes = explainTestOutcome({
      ok: false,
      text: runOf('invalid '),
      tenantUrl: facts,
      endpoint: 'https://cloudsso-scim-cn-shanghai.aliyun.com/scim/v2/',
      acceleratedEndpoint: null,
      region: 'cn-shanghai',
      syncEnabled: true,
      credentialExpiresAt: null,
      now: 0,
    });
    expect(causes.map((c) => c.code)).toContain('trailing-slash');
  });

  it('runs of text, and the page outline’s words and shapes', LIMIT, () => {
    expect(collapseText(`${' \u200b'.repeat(N / 2)}x`)).toBe('x');
    document.body.innerHTML = `<p id="p"></p>`;
    const p = document.getElementById('p')!;
    for (let i = 0; i < 500; i++)
      p.append(document.createTextNode('ab'), document.createElement('wbr'));
    expect(createPageText(document).runs(p)[0]!.text).toBe('ab'.repeat(500));
    expect(shapeText('a'.repeat(N))).toBe('aaaa');
    expect(shapeText(`${'a'.repeat(N)}@`)).not.toBe('a@a');
    const known = extensionVocabulary();
    expect(keepKnownWords(`${'('.repeat(N)}Tenant URL${')'.repeat(N)}x`, known)).not.toContain(
      'Tenant URL x',
    );
    expect(keepKnownWords(`"Tenant URL": ${'.'.repeat(N)}`, known)).toContain('Tenant URL');
  });
});
