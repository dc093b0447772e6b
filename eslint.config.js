import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

// Layer rules from STYLE.md §1: a wrong import is a red build, not a review comment.
const noElectronOrUi = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'core is Electron-free' },
    { group: ['react', 'react-dom', 'react/*'], message: 'core never imports React' },
    { group: ['**/renderer/**', '**/preload/**'], message: 'core imports only shared' },
    { group: ['../*.ts', '../index', '../cli', '../web/*', '../ipc/*', '../shell/*'], message: 'core never imports the shell' },
  ],
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'seeds/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', noElectronOrUi],
      // A deferred transaction that reads first fails at once (SQLITE_BUSY_SNAPSHOT) when another
      // connection commits in between; an IMMEDIATE one waits for the busy timeout instead.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'write through writeTransaction (db/writeTransaction.ts): it starts IMMEDIATE',
        },
      ],
    },
  },
  {
    // The two places that open transactions themselves, both IMMEDIATE.
    files: ['src/main/core/db/writeTransaction.ts', 'src/main/core/db/runMigrations.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./|zod$)', message: 'shared has no runtime dependencies but zod' }] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', 'electron/main', 'better-sqlite3', 'node:*'], message: 'renderer and preload reach main only through the contract' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
)
