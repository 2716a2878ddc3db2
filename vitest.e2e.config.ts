import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two files at a time, each with a browser of its own: most of a suite's time is spent
    // waiting for pages and the extension's debounces, so two overlap well on two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
