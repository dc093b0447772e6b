import type { CliCommand } from './CliCommand'
import { expectArgs } from './cliOptions'
import { formatImportReport } from './importCommand'
import { withProgressLine } from './progressLine'

/** `inkstone resplit` */
export const resplitCommand: CliCommand = {
  name: 'resplit',
  usage: '',
  summary: 'split every stored page again with the current splitter, keeping highlights',
  run({ args, isJson, io, library, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const report = withProgressLine(io, 'Re-splitting', (onProgress) =>
      library().resplitPages(onProgress),
    )
    if (isJson) printJson(report)
    else print(formatImportReport(report).replace(/^Imported/, 'Re-split'))
    library().maintain()
  },
}
