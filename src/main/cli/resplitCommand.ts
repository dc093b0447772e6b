import type { CliCommand } from './CliCommand'
import { expectArgs } from './cliOptions'
import { formatImportReport } from './importCommand'

/** `inkstone resplit` */
export const resplitCommand: CliCommand = {
  name: 'resplit',
  usage: '',
  summary: 'split every stored page again with the current splitter, keeping highlights',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const report = library().resplitPages()
    if (isJson) printJson(report)
    else print(formatImportReport(report).replace(/^Imported/, 'Re-split'))
    library().maintain()
  },
}
