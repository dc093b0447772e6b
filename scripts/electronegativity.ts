// `npm run electronegativity`: Doyensec's Electronegativity over src/, its CSV parsed, one line
// per finding, and a non-zero exit on any HIGH finding (the tool itself exits 0 either way).
// Offline by design: the check that downloads Electron's release list is left out (the Electron
// version is pinned in package.json), and the translations it tries to fetch fall back to the
// English ones it ships. A false positive is silenced in the source with a comment naming the
// check (`// eng-disable CHECK_ID`) and a line above saying why, never here.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'

/** One row of Electronegativity's CSV report. */
export type Finding = {
  check: string
  severity: string
  confidence: string
  file: string
  location: string
}

// Needs https://raw.githubusercontent.com/electron/releases at run time.
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

/** Parses the CSV report (`issue, severity, confidence, filename, location, ...`). */
export const parseFindings = (csv: string): Finding[] => {
  const rows: Record<string, string>[] = parse(csv, {
    columns: (header: string[]) => header.map((name) => name.trim()),
    skip_empty_lines: true,
    relax_quotes: true,
    trim: true,
  })
  return rows.map((row) => ({
    check: row.issue,
    severity: row.severity.toUpperCase(),
    confidence: row.confidence,
    file: row.filename,
    location: row.location,
  }))
}

/** The findings that fail the run. */
export const blockingFindings = (findings: Finding[]): Finding[] =>
  findings.filter((finding) => finding.severity === 'HIGH')

/** A short report: one line per finding, then the verdict. */
export const describeFindings = (findings: Finding[]): string[] => {
  const lines = findings.map(
    (f) => `  ${f.severity.padEnd(8)} ${f.check} ${f.file}:${f.location} (${f.confidence})`,
  )
  const high = blockingFindings(findings).length
  lines.push(
    `electronegativity: ${findings.length} finding(s), ${high} HIGH${high > 0 ? ' - failing' : ''}`,
  )
  return lines
}

const main = (): number => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const input = process.argv[2] ?? 'src'
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version as string
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-electronegativity-'))
  const report = join(dir, 'report.csv')
  try {
    const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js')
    const args = [cli, '-i', input, '-o', report, '-r', '-v', 'false', '-e', electronVersion]
    args.push('-x', EXCLUDED_CHECKS.join(','))
    const run = spawnSync(process.execPath, args, {
      cwd: root,
      env: { ...process.env, LANG: 'en-US' },
      encoding: 'utf8',
      timeout: 300_000,
    })
    let csv: string
    try {
      csv = readFileSync(report, 'utf8')
    } catch {
      // No report means the scan did not run: that is a failure, not a clean bill.
      console.error(run.stdout?.slice(-2000), run.stderr?.slice(-2000))
      console.error('electronegativity: no report was written')
      return 1
    }
    const findings = parseFindings(csv)
    for (const line of describeFindings(findings)) console.log(line)
    return blockingFindings(findings).length > 0 ? 1 : 0
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main()
}
