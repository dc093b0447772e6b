import { checkLibrary } from '../core/backup/libraryHealth'
import { recoverLibrary } from '../core/backup/recoverLibrary'
import type { CliCommand } from './CliCommand'
import { expectArgs, stringOption } from './cliOptions'

/** `inkstone check`: SQLite's quick_check over the library file; exit code 1 when damaged. */
export const checkCommand: CliCommand = {
  name: 'check',
  usage: '',
  summary: 'check the library file for damage (reads it only)',
  run({ args, isJson, libraryDir, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const health = checkLibrary(libraryDir)
    if (isJson) printJson(health)
    else if (health.status === 'ok') print(`The library in ${libraryDir} is sound.`)
    else {
      print(`The library file in ${libraryDir} is damaged: ${health.reason}`)
      print(
        health.backup === null
          ? 'There is no backup to recover from; the file was left as it is.'
          : `Recover from the newest backup (${health.backup.name}, ${health.backup.takenAt}) with: inkstone recover`,
      )
    }
    return health.status === 'ok' ? 0 : 1
  },
}

/** `inkstone recover [--from FILE]`: puts a backup in place of a damaged library file. */
export const recoverCommand: CliCommand = {
  name: 'recover',
  usage: '[--from FILE]',
  summary: 'replace a damaged library file with its newest good backup (the file is kept)',
  options: {
    from: {
      type: 'string',
      valueName: 'FILE',
      description: 'the backup to restore (default: the newest good one in backups/)',
    },
  },
  run({ args, values, isJson, libraryDir, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const report = recoverLibrary(libraryDir, { from: stringOption(values, 'from') })
    if (isJson) return void printJson(report)
    print(`Restored ${report.stories} stories from ${report.restoredFrom}.`)
    print(`The file as it was is kept, unchanged, in ${report.damagedKeptIn}`)
  },
}
