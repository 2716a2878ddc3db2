import { describe, expect, it } from 'vitest';
import { measureBuild } from '../support/bundle-sizes';
import { EXT_DIR } from './paths';

// Not a browser test: it reads the build the e2e suites load, so it runs with them, after
// `npm run build` (npm test). Sizes, never times.
describe('the built extension', () => {
  it('keeps every content script within its size budget', () => {
    const report = measureBuild(EXT_DIR);
    console.log(`Bundle sizes (${EXT_DIR}):\n${report.table}`);
    expect(report.sizes.some((s) => s.budget !== null)).toBe(true);
    expect(report.failure, report.failure).toBe('');
  });
});
