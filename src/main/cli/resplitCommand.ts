import type { ImportReport } from '../../shared/types'
import type { CliCommand } from './CliCommand'
import { expectArgs } from './cliOptions'
import { formatImportReport } from './importCommand'
import { progressLine } from './progressLine'

/** `inkstone resplit` */
export const resplitCommand: CliCommand = {
  name: 'resplit',
  usage: '',
  summary: 'split every stored page again with the current splitter, keeping highlights',
  run({ args, isJson, io, library, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const progress = progressLine(io, 'Re-splitting')
    let report: ImportReport
    try {
      report = library().resplitPages(progress.onProgress)
    } finally {
      progress.end()
    }
    if (isJson) printJson(report)
    else print(formatImportReport(report).replace(/^Imported/, 'Re-split'))
    library().maintain()
  },
}
