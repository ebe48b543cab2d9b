// Process boundaries enforced by the linter, not by memory (design.md, habit 2):
//  - shared/ runs on both sides: no DOM framework, no Node, no Electron, no database;
//  - renderer/ is a sandboxed web page: no Node, no Electron, nothing from electron/;
//  - electron/backend/ runs in tests, the CLI and the browser host too: it never imports 'electron';
//  - electron/preload/ is a tiny sandboxed bundle: channel names and types only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'stream', 'util', 'url', 'http'];
const SERVER_PACKAGES = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'exceljs', 'electron-log', 'electron-log/*', '@faker-js/*'];

const restrict = (message, groups) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'tests/.output/**', '.dev-data/**', 'electron/backend/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict('shared/ must run on both sides: no Node, Electron, React or database code here.', [
      ...NODE_MODULES, ...SERVER_PACKAGES, 'electron', 'react', 'react-dom', '@mantine/*', '**/renderer/**', '**/electron/**',
    ]),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict('The renderer is a sandboxed page: reach the backend only through window.peerOffice.', [
      ...NODE_MODULES, ...SERVER_PACKAGES, 'electron', '**/electron/**',
    ]),
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: restrict('The backend runs without Electron (tests, CLI, browser host): take what you need as a parameter.', [
      'electron', 'electron/*', 'electron-log', 'electron-log/*', '**/main/**', '**/preload/**', '**/renderer/**',
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['zod', ...NODE_MODULES, ...SERVER_PACKAGES, '**/backend/**'], message: 'The sandboxed preload may import only electron and channel names.' },
          { group: ['**/contract/channels', '**/contract/members', '**/contract/office', '**/contract/transfer', '**/contract/staff', '**/contract/dated-settings'], allowTypeImports: true, message: 'Import types only: the schemas would pull zod into the preload.' },
        ],
      }],
    },
  },
  {
    files: ['electron/browser-host/bridge.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', fetch: 'readonly' } },
  },
  {
    files: ['electron/cli/**/*.mjs', 'tests/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
