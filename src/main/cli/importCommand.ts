import { existsSync } from 'node:fs'
import type { ImportReport } from '../../shared/types'
import { normalizeEncoding } from '../core/import/decodeText'
import { importPathsOnThreadsSync } from '../workers/importOnThreadsSync'
import type { CliCommand } from './CliCommand'
import { CliError, usageError } from './CliError'
import { expectArgs, stringOption } from './cliOptions'
import { describeSkip } from './describeMessage'
import { withProgressLine } from './progressLine'

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

/** The human summary of an import. */
export function formatImportReport(report: ImportReport): string {
  const updated = report.stories - report.added - report.unchanged
  const parts = [
    `${report.added} added`,
    `${report.removed} removed`,
    `${report.unchanged} unchanged`,
  ]
  if (updated > 0) parts.splice(1, 0, `${updated} updated`)
  const lines = [
    `Imported ${plural(report.files, 'file')}: ${plural(report.stories, 'story').replace(/ys$/, 'ies')} (${parts.join(', ')}).`,
  ]
  if (report.orphaned > 0) {
    lines.push(
      `${plural(report.orphaned, 'highlight')} lost ${report.orphaned === 1 ? 'its' : 'their'} text and ${report.orphaned === 1 ? 'is' : 'are'} kept as orphans to re-attach.`,
    )
  }
  if (report.namesakes.length > 0) {
    lines.push(
      `Added as new pages, though a page of the same name exists (inkstone replace updates a page): ${report.namesakes.join(', ')}`,
    )
  }
  if (report.repaired.length > 0) {
    lines.push(
      `Read with broken bytes shown as \uFFFD (${plural(report.repaired.length, 'file')}):`,
    )
    for (const file of report.repaired)
      lines.push(
        `  ${file.path}: ${plural(file.replacements, 'sequence')} replaced (${file.encoding})`,
      )
  }
  if (report.skipped.length > 0) {
    lines.push(`Skipped ${plural(report.skipped.length, 'file')}:`)
    for (const skipped of report.skipped)
      lines.push(`  ${skipped.path}: ${describeSkip(skipped.reason)}`)
  }
  return lines.join('\n')
}

/** `inkstone import <path>... [--encoding NAME]` */
export const importCommand: CliCommand = {
  name: 'import',
  usage: '<path>... [--encoding NAME]',
  summary: 'import files and folders (.txt, .md, .html)',
  options: {
    encoding: {
      type: 'string',
      valueName: 'NAME',
      description: 'decode every file as NAME (e.g. gb18030, big5), broken bytes as \uFFFD',
    },
  },
  run({ args, values, isJson, io, library, print, printJson }) {
    expectArgs(args, 1, Infinity, '<path>')
    const encoding = stringOption(values, 'encoding')
    if (encoding !== undefined && normalizeEncoding(encoding) === null) {
      throw usageError(`unknown encoding "${encoding}"`)
    }
    for (const path of args)
      if (!existsSync(path)) throw new CliError(`no such file or directory: ${path}`)
    // A megabyte or more is read, split and stored on import threads, as the app imports it.
    const report = withProgressLine(io, 'Importing', (onProgress) =>
      importPathsOnThreadsSync(library(), args, { encoding, onProgress }),
    )
    if (isJson) printJson(report)
    else print(formatImportReport(report))
    // After the report, which says what was committed: a failed rebuild never replaces it.
    library().maintain()
    // Nothing imported and something refused: a script should notice.
    return report.files === 0 && report.skipped.length > 0 ? 1 : 0
  },
}
