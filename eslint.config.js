import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

// Layer rules from STYLE.md §1: a wrong import is a red build, not a review comment. Patterns
// are regular expressions over the import string so they fire at any depth (`../shell/x` and
// `../../../shell/x` alike); tests/lint/layerRules.test.ts plants one violation per rule.
const segment = (names) => `(^|/)(${names.join('|')})(/|$)`
const forbid = (regex, message) => ({ regex, message, caseSensitive: true })

const ELECTRON = forbid('^electron(/|$)', 'only the shell imports Electron')
const REACT = forbid('^react(-dom)?(/|$)', 'only the renderer imports React')
const NATIVE = forbid(
  '^(better-sqlite3|node:|fs$|path$|child_process$)',
  'the renderer and preload have no Node',
)
const UI = forbid(
  segment(['renderer', 'preload']),
  'main never imports the renderer or the preload',
)
const MAIN = forbid(
  segment(['main', 'core', 'handlers', 'shell', 'web', 'cli']),
  'reach main only through the contract',
)
// The Electron entry (src/main/index.ts) and the CLI entry (src/main/cli.ts) by file name.
const ENTRIES = forbid('(^|/)(index|cli)(\\.[jt]s)?$', 'entry files are imported by nobody')
const SHELL = forbid(
  segment(['shell']),
  'the shell is Electron: only the Electron entry imports it',
)
const BRIDGE = forbid(segment(['handlers']), 'core knows nothing of the handler table')
const WEB = forbid(segment(['web']), 'the web bridge is a host of its own')
const CLI = forbid(segment(['cli']), 'the CLI is a host of its own')

const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
})

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'seeds/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // core -> shared only.
  layer(['src/main/core/**/*.ts'], [ELECTRON, REACT, UI, SHELL, BRIDGE, WEB, CLI, ENTRIES]),
  // The handler table shared by Electron IPC and the web bridge: core and shared, no host.
  layer(['src/main/handlers/**/*.ts'], [REACT, UI, SHELL, WEB, CLI, ENTRIES]),
  // The Electron shell: core, the handler table and shared; never the other hosts.
  layer(['src/main/index.ts', 'src/main/shell/**/*.ts'], [REACT, UI, WEB, CLI]),
  layer(['src/main/web/**/*.ts'], [ELECTRON, REACT, UI, SHELL, CLI, ENTRIES]),
  layer(['src/main/cli.ts', 'src/main/cli/**/*.ts'], [ELECTRON, REACT, UI, SHELL, BRIDGE, WEB]),
  layer(
    ['src/preload/**/*.ts'],
    [REACT, NATIVE, MAIN, forbid(segment(['renderer']), 'the preload never imports the renderer')],
  ),
  layer(
    ['src/renderer/**/*.{ts,tsx}'],
    [
      ELECTRON,
      NATIVE,
      MAIN,
      forbid(segment(['preload']), 'the renderer reaches the preload only as window.api'),
    ],
  ),
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
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
    // The places that open transactions themselves: IMMEDIATE writes, and read snapshots.
    files: ['src/main/core/db/writeTransaction.ts', 'src/main/core/db/runMigrations.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [forbid('^(?!\\./|zod$)', 'shared has no runtime dependencies but zod')] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
)
