import { describe, expect, it } from 'vitest'
import {
  blockingFindings,
  describeFindings,
  EXCLUDED_CHECKS,
  parseFindings,
} from '../../scripts/electronegativity'

// The CI step's verdict comes from parsing Electronegativity's CSV (the tool exits 0 either way).
const csv = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","TENTATIVE","main/shell/hardenSession.ts","7:6",N/A,"Failed to parse CSP, it may not be valid.",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK
CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main.js","2:48","const w = new BrowserWindow({ webPreferences: { contextIsolation: false } })","Review the use of the contextIsolation option",https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/index.ts","45:11","(url) => shell.openExternal(url),","Review the use of openExternal",https://github.com/doyensec/electronegativity/wiki/OPEN_EXTERNAL_JS_CHECK
`

describe('the Electronegativity report', () => {
  it('is parsed into findings, commas and quotes in the samples included', () => {
    const findings = parseFindings(csv)
    expect(findings.map((f) => [f.check, f.severity, f.file, f.location])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'main/shell/hardenSession.ts', '7:6'],
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main.js', '2:48'],
      ['OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/index.ts', '45:11'],
    ])
  })

  it('fails the run on a HIGH finding only', () => {
    expect(blockingFindings(parseFindings(csv)).map((f) => f.check)).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK',
    ])
    const clean = csv
      .split('\n')
      .filter((line) => !line.includes('"HIGH"'))
      .join('\n')
    expect(blockingFindings(parseFindings(clean))).toEqual([])
    expect(describeFindings(parseFindings(clean)).at(-1)).toBe(
      'electronegativity: 2 finding(s), 0 HIGH',
    )
    expect(describeFindings(parseFindings(csv)).at(-1)).toMatch(/1 HIGH - failing/)
  })

  it('reads an empty report as no findings', () => {
    expect(
      parseFindings('issue, severity, confidence, filename, location, sample, description, url\n'),
    ).toEqual([])
  })

  it('leaves out only the check that needs the network', () => {
    expect(EXCLUDED_CHECKS).toEqual(['AvailableSecurityFixesGlobalCheck'])
  })
})
