import { resolve } from 'node:path'
import { EXPORT_FORMATS, type ExportFormat, type ExportScope } from '../../shared/exports'
import { asStoryId } from '../../shared/ids'
import { exportToPath } from '../core/export/renderExport'
import type { Library } from '../core/library/types'
import type { CliCommand } from './CliCommand'
import { CliError, usageError } from './CliError'
import { stringOption } from './cliOptions'

const SCOPES = ['collection', 'tag', 'query', 'story', 'all'] as const

const byName = <T extends { name: string }>(items: T[], name: string, what: string): T => {
  const found = items.find((item) => item.name.toLowerCase() === name.trim().toLowerCase())
  if (!found) throw new CliError(`no ${what} named “${name}”`)
  return found
}

// `--story A B C`: the option's value and every positional after it are story ids.
const scopeOf = (
  library: Library,
  values: Record<string, unknown>,
  args: string[],
): ExportScope => {
  const given = SCOPES.filter((name) => values[name] !== undefined)
  if (given.length !== 1) {
    throw usageError(
      'choose one of --collection NAME, --tag NAME, --query TEXT, --story ID…, --all',
    )
  }
  if (args.length > 0 && given[0] !== 'story') throw usageError(`unexpected argument: ${args[0]}`)
  const value = stringOption(values, given[0]) ?? ''
  switch (given[0]) {
    case 'collection':
      return { kind: 'collection', id: byName(library.listCollections(), value, 'collection').id }
    case 'tag':
      return { kind: 'tag', id: byName(library.listTags(), value, 'tag').id }
    case 'query':
      if (!value.trim()) throw usageError('--query needs words to search for')
      return { kind: 'query', text: value }
    case 'story': {
      const ids = [value, ...args].map(asStoryId)
      const missing = ids.find((id) => library.getStory(id) === null)
      if (missing) throw new CliError(`no story with id "${missing}" (see inkstone stories)`)
      return { kind: 'stories', ids }
    }
    case 'all':
      return { kind: 'all' }
  }
}

const formatOf = (raw: string | undefined): ExportFormat => {
  if (raw === undefined) throw usageError(`missing option: --format ${EXPORT_FORMATS.join('|')}`)
  const format = EXPORT_FORMATS.find((name) => name === raw.toLowerCase())
  if (!format)
    throw usageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${raw}"`)
  return format
}

/** `inkstone export (--collection NAME | --tag NAME | --query TEXT | --story ID... | --all) --format F --out PATH` */
export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    '(--collection NAME | --tag NAME | --query TEXT | --story ID... | --all) --format F --out PATH [--highlights-only]',
  summary: 'export stories with their highlights, notes and tags',
  options: {
    collection: { type: 'string', valueName: 'NAME', description: 'a collection, in its order' },
    tag: { type: 'string', valueName: 'NAME', description: 'the stories with this tag' },
    query: { type: 'string', valueName: 'TEXT', description: 'the stories a search finds' },
    story: { type: 'string', valueName: 'ID...', description: 'these stories' },
    all: { type: 'boolean', description: 'the whole library' },
    format: {
      type: 'string',
      valueName: 'F',
      description: 'markdown (a folder), html, jsonld (W3C annotations), csv (Readwise), epub',
    },
    out: { type: 'string', valueName: 'PATH', description: 'a folder for markdown, else a file' },
    'highlights-only': { type: 'boolean', description: 'only the highlights, not the text' },
  },
  run({ args, values, isJson, library, print, printJson }) {
    const format = formatOf(stringOption(values, 'format'))
    const out = stringOption(values, 'out')
    if (!out) throw usageError('missing option: --out PATH')
    const scope = scopeOf(library(), values, args)
    const summary = exportToPath(
      library(),
      { scope, format, isHighlightsOnly: values['highlights-only'] === true },
      resolve(out),
    )
    if (isJson) return void printJson(summary)
    print(
      `Exported ${summary.stories} stories, ${summary.highlights} highlights and ${summary.notes} notes as ${format} to ${summary.path}`,
    )
  },
}
