import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  blockingFindings,
  describeFindings,
  EXCLUDED_CHECKS,
  scan,
  toFindings,
  unscannedFiles,
  type ScannerIssue,
} from '../../scripts/electronegativity'

// The CI step's verdict comes from the issues Electronegativity's API returns (the CLI exits 0
// either way, and its CSV report is written by two racing writes).
const issue = (id: string, severity: string, file: string, line: number): ScannerIssue => ({
  id,
  severity: { name: severity },
  confidence: { name: 'TENTATIVE' },
  file,
  location: { line, column: 6 },
})
const issues = [
  issue('CSP_GLOBAL_CHECK', 'LOW', 'main/shell/hardenSession.ts', 7),
  issue('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main.js', 2),
  issue('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/index.ts', 45),
]

describe('the Electronegativity verdict', () => {
  it('reads each issue as a finding with its file and place', () => {
    expect(toFindings(issues).map((f) => [f.check, f.severity, f.file, f.location])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'main/shell/hardenSession.ts', '7:6'],
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main.js', '2:6'],
      ['OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/index.ts', '45:6'],
    ])
  })

  it('fails the run on a HIGH finding only', () => {
    expect(blockingFindings(toFindings(issues)).map((f) => f.check)).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK',
    ])
    const clean = toFindings(issues.filter((i) => i.severity.name !== 'HIGH'))
    expect(blockingFindings(clean)).toEqual([])
    expect(describeFindings(clean).at(-1)).toBe('electronegativity: 2 finding(s), 0 HIGH')
    expect(describeFindings(toFindings(issues)).at(-1)).toMatch(/1 HIGH - failing/)
  })

  it('names a file it could not parse, and lets a tolerable error pass', () => {
    expect(
      unscannedFiles([
        { file: 'a.ts', message: 'Unexpected token (3:4)' },
        { file: 'b.ts', message: 'decorators', tolerable: true },
      ]),
    ).toEqual(['a.ts: Unexpected token (3:4)'])
  })

  it('leaves out only the check that needs the network', () => {
    expect(EXCLUDED_CHECKS).toEqual(['AvailableSecurityFixesGlobalCheck'])
  })
})

describe('the scan itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-electronegativity-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('finds a HIGH finding in a window without context isolation, and honours eng-disable', async () => {
    writeFileSync(
      join(dir, 'main.js'),
      [
        "const { BrowserWindow } = require('electron')",
        'const w = new BrowserWindow({ webPreferences: { contextIsolation: false } })',
        'const x = new BrowserWindow({ webPreferences: { contextIsolation: false } }) // eng-disable CONTEXT_ISOLATION_JS_CHECK',
      ].join('\n'),
    )
    const { issues: found } = await scan(dir, resolve(import.meta.dirname, '../..'))
    const high = blockingFindings(toFindings(found))
    // The window on line 2 fails the run; the same window marked on line 3 does not. (A file this
    // small also has no navigation limits, a global HIGH of its own.)
    expect(high.filter((f) => f.check === 'CONTEXT_ISOLATION_JS_CHECK')).toEqual([
      expect.objectContaining({ file: 'main.js', location: '2:48' }),
    ])
    expect(high.map((f) => f.check)).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK')
  }, 60_000)
})
