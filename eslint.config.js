import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.output-*', '.wxt', 'dist', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Secrets must never reach a console; use the side panel's status instead.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Extension code renders strings as text; tests and fixture pages may build DOM from HTML.
    files: ['lib/**', 'entrypoints/**'],
    rules: {
      // Strings are rendered as text. HTML built from a string must go through DOMPurify.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text, or sanitize with DOMPurify.' },
        { property: 'outerHTML', message: 'Render text, or sanitize with DOMPurify.' },
        { property: 'insertAdjacentHTML', message: 'Render text, or sanitize with DOMPurify.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, or sanitize with DOMPurify.',
        },
      ],
    },
  },
  {
    // A promise nobody awaits loses its rejection. Type-aware, so only for files in tsconfig.json.
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', '*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    // The classic rules of hooks; they recognize preact/hooks by the use* naming like React's.
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // lib/expr/index.ts is the engine's public surface, types included; its own tests may reach in.
    ignores: ['lib/expr/**', 'test/unit/expr/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)expr/.',
              message: 'Import the expression engine through lib/expr (its index), not its files.',
            },
          ],
        },
      ],
    },
  },
  {
    // What runs in portal frames (content scripts and their on-demand modules, docs/architecture.md)): zod's tree-shakeable build only, and no UI framework.
    files: [
      'lib/portals/**',
      'lib/messaging/contract/*-content.ts',
      'entrypoints/*.content/**',
      'entrypoints/*-on-demand.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: "Portal frames take zod's tree-shakeable build: import from 'zod/mini'.",
              allowTypeImports: true,
            },
          ],
          patterns: [
            {
              group: ['preact', 'preact/*', '@preact/*'],
              message: 'No UI framework in portal frames: build the DOM by hand.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**', 'lib/cli/**'],
    rules: { 'no-console': 'off' },
  },
);
