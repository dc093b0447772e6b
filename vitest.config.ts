import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'tests/core/**/*.test.ts',
      'tests/lint/**/*.test.ts',
      'tests/bridge/**/*.test.ts',
      'tests/shell/**/*.test.ts',
      'tests/i18n/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
      'tests/renderer/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30000,
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default'],
  },
})
