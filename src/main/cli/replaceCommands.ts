import { basename } from 'node:path'
import { asSourceId, asUndoId } from '../../shared/ids'
import { formatOfPath } from '../core/import/formatOfPath'
import { readDocument } from '../core/import/readDocument'
import type { CliCommand } from './CliCommand'
import { CliError, usageError } from './CliError'
import { expectArgs } from './cliOptions'
import { describeSkip, describeUndo } from './describeMessage'

const wholeNumber = (raw: string, what: string): number => {
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1) {
    throw usageError(`${what} must be a positive whole number, not "${raw}"`)
  }
  return value
}

// Read like an import: only a regular file (a FIFO would block, a device never ends), within
// the size limit, checked through the open descriptor.
const readPage = (path: string): Uint8Array => {
  const document = readDocument(path, formatOfPath(path) ?? 'text')
  if ('reason' in document) throw new CliError(`${path}: ${describeSkip(document.reason)}`)
  return document.bytes
}

/** `inkstone replace <sourceId> <file>` */
export const replaceCommand: CliCommand = {
  name: 'replace',
  usage: '<sourceId> <file>',
  summary: 'replace a page’s text with a file’s, keeping its highlights (undo with inkstone undo)',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 2, 2, '<sourceId> <file>')
    const id = asSourceId(wholeNumber(args[0], '<sourceId>'))
    const bytes = readPage(args[1])
    const ticket = library().replaceSource(id, { name: basename(args[1]), bytes })
    const source = library()
      .listSources()
      .find((page) => page.id === id)
    const label = describeUndo(ticket.action)
    if (isJson) return void printJson({ ...ticket, label, source })
    print(`${label}: ${source?.storyCount ?? 0} stories.`)
    print(`Undo with: inkstone undo ${ticket.id}`)
  },
}

/** `inkstone undo [<undoId>]` */
export const undoCommand: CliCommand = {
  name: 'undo',
  usage: '[<undoId>]',
  summary: 'undo the newest change (tags, highlights, notes, collections, corrections...)',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 0, 1, '[<undoId>]')
    const id = args[0] === undefined ? undefined : asUndoId(wholeNumber(args[0], '<undoId>'))
    const undone = library().undo(id)
    if (isJson) printJson(undone && { ...undone, label: describeUndo(undone.action) })
    else print(undone ? `Undone: ${describeUndo(undone.action)}` : 'Nothing to undo.')
  },
}
