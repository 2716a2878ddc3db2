import { defineConfig } from 'vitest/config';

// `npm run bench`: performance figures are printed, never asserted (tests stay untimed).
export default defineConfig({
  test: {
    environment: 'node',
    include: [],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
