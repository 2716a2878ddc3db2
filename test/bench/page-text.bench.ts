import { bench, describe } from 'vitest';
import { quotedStatus } from '../../lib/portals/azure/decide';
import { containsAny, normalizeLabel } from '../../lib/portals/azure/text';
import { canonicalLabel } from '../../lib/portals/cloudsso/text';
import { shapeText } from '../../lib/portals/common/shape';
import { trimEndWhile } from '../../lib/portals/common/trim-end';

// Page text a page chooses to make slow (#11): 40,000 characters of one kind, then another.
// With the old `[…]+$` patterns each of these took about a second; the figures here should be
// tens of microseconds to a few milliseconds, growing with the length, not its square.
const N = 40_000;
const DOTS = `${'.'.repeat(N)}x`;
const MARKERS = `${': '.repeat(N / 2)}x`;
const STARS = `${'*'.repeat(N)}x`;
const WORD = 'a'.repeat(N);

describe(`page text, adversarial (${N.toLocaleString('en')} characters)`, () => {
  bench('trailing URL punctuation (dots, then a letter)', () => {
    trimEndWhile(DOTS, (ch) => ch === '.');
  });
  bench('Azure label normalization (": " runs)', () => {
    normalizeLabel(MARKERS);
  });
  bench('Azure phrase search in a message (": " runs)', () => {
    containsAny(MARKERS, ['Current cycle status']);
  });
  bench('CloudSSO canonical label ("*" runs)', () => {
    canonicalLabel(STARS);
  });
  bench('page outline: shape of one long word without "@"', () => {
    shapeText(WORD);
  });
  bench('quoted HTTP status in a long message', () => {
    quotedStatus(`${'HTTP/'.repeat(N / 5)}x`);
  });
});
