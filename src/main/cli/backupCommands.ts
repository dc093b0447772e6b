import type { RestoreCounts, RestoreMode, RestoreReport } from '../../shared/exports'
import type { CliCommand } from './CliCommand'
import { usageError } from './CliError'
import { expectArgs, stringOption } from './cliOptions'

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

const size = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`

const KINDS = ['pages', 'stories', 'highlights', 'notes', 'tags', 'collections'] as const

const HEADINGS: Record<RestoreMode, string> = {
  dryRun: 'Dry run: nothing was changed. Merging this backup would give:',
  merge: 'Merged the backup into the library:',
  replace: 'Replaced the library with the backup:',
}

/** The human form of a restore report: a sentence and a table of added, updated and kept. */
export function formatRestoreReport(report: RestoreReport): string {
  const columns = ['added', 'updated', 'kept'] as const
  const rows = KINDS.map((kind) => {
    const counts: RestoreCounts = report[kind]
    return [kind, ...columns.map((column) => String(counts[column]))]
  })
  const header = ['', ...columns]
  const widths = header.map((cell, index) =>
    Math.max(cell.length, ...rows.map((row) => row[index].length)),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[index])))
      .join('  ')
      .trimEnd()
  const lines = [HEADINGS[report.mode], '', line(header), ...rows.map(line)]
  if (report.safetyBackup !== null) {
    lines.push('', `The library as it was is kept in ${report.safetyBackup}`)
    lines.push(`(undo with: inkstone restore ${report.safetyBackup} --replace)`)
  }
  return lines.join('\n')
}

/** `inkstone backup --out FILE` */
export const backupCommand: CliCommand = {
  name: 'backup',
  usage: '--out FILE',
  summary: 'write the whole library to one backup file',
  options: {
    out: { type: 'string', valueName: 'FILE', description: 'the backup file to write' },
  },
  run({ args, values, isJson, library, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const out = stringOption(values, 'out')
    if (out === undefined) throw usageError('missing option: --out FILE')
    const summary = library().backup(out)
    if (isJson) return void printJson(summary)
    print(
      `Backed up ${plural(summary.stories, 'story').replace(/ys$/, 'ies')} and ${plural(summary.highlights, 'highlight')} to ${summary.path} (${size(summary.bytes)}).`,
    )
  },
}

/** `inkstone restore FILE [--dry-run] [--replace]` */
export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: '<file> [--dry-run] [--replace]',
  summary: 'merge a backup into the library (adds what is missing, deletes nothing)',
  options: {
    'dry-run': { type: 'boolean', description: 'say what a merge would change, change nothing' },
    replace: {
      type: 'boolean',
      description: 'replace the library with the backup (after backing the library up)',
    },
  },
  run({ args, values, isJson, library, print, printJson }) {
    expectArgs(args, 1, 1, '<file>')
    const isDryRun = values['dry-run'] === true
    const isReplace = values.replace === true
    if (isDryRun && isReplace) throw usageError('--dry-run and --replace cannot go together')
    const mode: RestoreMode = isDryRun ? 'dryRun' : isReplace ? 'replace' : 'merge'
    const report = library().restore(args[0], mode)
    if (isJson) printJson(report)
    else print(formatRestoreReport(report))
  },
}
