// Boundaries from CONVENTIONS.md are errors: the core stays Electron-free, the renderer stays
// a plain web page, and only the process module starts child processes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const childProcess = {
  name: 'node:child_process',
  message: 'Child processes are started only in src-main/core/process/.',
};
const childProcessBare = { ...childProcess, name: 'child_process' };
const electron = { name: 'electron', message: 'The core is Electron-free: adapt Electron in src-main/app/.' };

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'drizzle/', 'test-results/', 'playwright-report/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src-main/core/**/*.ts'],
    ignores: ['src-main/core/process/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [electron, childProcess, childProcessBare] },
      ],
    },
  },
  {
    files: ['src-main/core/process/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [electron] }] },
  },
  {
    files: ['src-main/app/**/*.ts', 'src-main/server/**/*.ts', 'src-preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [childProcess, childProcessBare] }],
    },
  },
  {
    files: ['src-preload/contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electron, childProcess, childProcessBare],
          patterns: [
            { group: ['node:*'], message: 'The contract is shared with the renderer: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src-preload/contract/values.ts',
      'src-preload/contract/language-names.ts',
      'src-preload/contract/video-kinds.ts',
      'src-preload/contract/processing-values.ts',
      'src-preload/contract/youtube-embed.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // language-names.ts imports nothing itself, so the others may use it.
              regex: '^(?!\\./language-names$)',
              allowTypeImports: true,
              message:
                'The window imports this module at run time: it imports nothing (types and ./language-names aside).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through the contract.' },
            { name: 'better-sqlite3', message: 'The database belongs to main.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer is a web page: no Node modules.' },
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'The database belongs to main.' },
            { group: ['**/src-main/**'], message: 'The renderer never imports main-process code.' },
            {
              // values.ts (plain lists and limits), language-names.ts (names from Intl) and
              // video-kinds.ts (video types, slots and their labels), processing-values.ts (processing
              // choices) and youtube-embed.ts (the preview's host and address) import nothing: the
              // modules the window takes values from, so the schemas (and zod) stay out of its bundle.
              regex:
                'src-preload/contract(/(?!(values|language-names|video-kinds|processing-values|youtube-embed)$)[^/]+)?$',
              allowTypeImports: true,
              message:
                'The renderer imports the contract with `import type` only (values: contract/values, contract/language-names, contract/video-kinds, contract/processing-values, contract/youtube-embed).',
            },
          ],
        },
      ],
    },
  },
);
