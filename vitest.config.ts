import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WxtVitest: '@/…' aliases and `wxt/browser` backed by @webext-core/fake-browser.
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    restoreMocks: true,
    mockReset: true,
  },
});
