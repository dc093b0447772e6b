import { asSourceId, asStoryId } from '../../shared/ids'
import { PAGE_SORTS, filterPages, pageName, sortPages, type PageSort } from '../../shared/pageName'
import type { CliCommand } from './CliCommand'
import { usageError } from './CliError'
import { expectArgs, stringOption } from './cliOptions'
import { describeUndo } from './describeMessage'

const pageId = (raw: string) => {
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1) {
    throw usageError(`<sourceId> must be a positive whole number, not "${raw}"`)
  }
  return asSourceId(value)
}

const sortOption = (raw: string | undefined): PageSort => {
  if (raw === undefined) return 'newest'
  const sort = PAGE_SORTS.find((name) => name === raw)
  if (!sort) throw usageError(`--sort must be one of ${PAGE_SORTS.join(', ')}, not "${raw}"`)
  return sort
}

/** `inkstone sources [--sort ORDER] [--filter TEXT]` */
export const sourcesCommand: CliCommand = {
  name: 'sources',
  usage: '[--sort newest|oldest|name] [--filter TEXT]',
  summary: 'list the imported pages by name (newest first unless --sort says otherwise)',
  options: {
    sort: { type: 'string', valueName: 'ORDER', description: 'newest (default), oldest or name' },
    filter: { type: 'string', valueName: 'TEXT', description: 'only pages whose name holds TEXT' },
  },
  run({ args, values, isJson, library, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const sort = sortOption(stringOption(values, 'sort'))
    const all = library().listSources()
    const sources = sortPages(filterPages(all, stringOption(values, 'filter') ?? ''), sort)
    if (isJson) printJson(sources.map((source) => ({ ...source, displayName: pageName(source) })))
    else if (all.length === 0) print('The library is empty (see inkstone import).')
    else if (sources.length === 0) print('No page matches.')
    else {
      for (const s of sources) {
        const date = s.pageDate ?? s.importedAt.slice(0, 10)
        print(`${s.id}  ${pageName(s)}  ${date}  ${s.storyCount} stories  ${s.path ?? s.name}`)
      }
    }
  },
}

/** `inkstone delete-story <storyId>` */
export const deleteStoryCommand: CliCommand = {
  name: 'delete-story',
  usage: '<storyId>',
  summary: 'delete a story with its highlights and note (undo with inkstone undo)',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 1, 1, '<storyId>')
    const ticket = library().deleteStory(asStoryId(args[0]))
    const label = describeUndo(ticket.action)
    if (isJson) return void printJson({ ...ticket, label })
    print(`${label}.`)
    print(`Undo with: inkstone undo ${ticket.id}`)
  },
}

/** `inkstone delete-page <sourceId>` */
export const deletePageCommand: CliCommand = {
  name: 'delete-page',
  usage: '<sourceId>',
  summary: 'delete a page with its stories (undo with inkstone undo)',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 1, 1, '<sourceId>')
    const ticket = library().deletePage(pageId(args[0]))
    const label = describeUndo(ticket.action)
    if (isJson) return void printJson({ ...ticket, label })
    print(`${label}.`)
    print(`Undo with: inkstone undo ${ticket.id}`)
  },
}

/** `inkstone rename-page <sourceId> <name>` */
export const renamePageCommand: CliCommand = {
  name: 'rename-page',
  usage: '<sourceId> <name>',
  summary: 'name a page ("" goes back to its own name); kept when the file is imported again',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 2, 2, '<sourceId> <name>')
    const ticket = library().renamePage(pageId(args[0]), args[1])
    const label = describeUndo(ticket.action)
    if (isJson) return void printJson({ ...ticket, label })
    print(`${label}.`)
    print(`Undo with: inkstone undo ${ticket.id}`)
  },
}
