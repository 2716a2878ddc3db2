import { defineConfig } from 'vitest/config';

// `npm run bench`: performance figures are printed, never asserted (tests stay untimed).
// `vitest bench` runs the *.bench.ts micro-benchmarks; `vitest run` with this config runs the
// Chromium page benchmarks (*.chromium.ts), one at a time, against the built extension.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/bench/**/*.chromium.ts'],
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    hookTimeout: 5 * 60_000,
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
