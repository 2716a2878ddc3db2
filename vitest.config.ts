import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

/** The pure libraries: no DOM, so their tests run without one, and start faster. */
const PURE = 'test/unit/{expr,proof,lint,targets,dryrun,docs,boundaries}/**';

export default defineConfig({
  // WxtVitest: '@/…' aliases and `wxt/browser` backed by @webext-core/fake-browser.
  plugins: [WxtVitest(), preact()],
  test: {
    // Threads start faster than forks; every suite resets what it uses (mockReset, fakeBrowser).
    pool: 'threads',
    restoreMocks: true,
    mockReset: true,
    projects: [
      {
        extends: true,
        // No module state to reset between files (pure functions, read-only tables), so they
        // share one module graph: the engine is imported once, not once per file.
        test: {
          name: 'pure',
          environment: 'node',
          include: [`${PURE}/*.test.ts`],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          exclude: [PURE],
        },
      },
    ],
  },
});
