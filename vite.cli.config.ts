import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * Builds the command-line linter, dist/scim-expr.js: one ESM file for Node 20 with everything
 * bundled (it is also its own worker thread), runnable as `node dist/scim-expr.js`.
 */

const executable = (): Plugin => ({
  name: 'scim-expr-executable',
  async writeBundle(options) {
    if (options.dir) await chmod(resolve(options.dir, 'scim-expr.js'), 0o755);
  },
});

export default defineConfig({
  // The extension's public/ assets have nothing to do with the CLI.
  publicDir: false,
  plugins: [executable()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'lib/cli/main.ts',
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: 'scim-expr.js',
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
