import type { StoryListQuery } from '../../shared/contract'
import { pageName } from '../../shared/pageName'
import type { StorySummary } from '../../shared/types'
import type { Library } from '../core/library/types'
import type { CliCommand } from './CliCommand'
import { CliError, usageError } from './CliError'
import { expectArgs, stringOption } from './cliOptions'
import { formatStory } from './showCommand'

const SORTS = ['position', 'title', 'imported', 'lastOpened'] as const

const sortOption = (raw: string | undefined): StoryListQuery['sort'] => {
  if (raw === undefined) return undefined
  const sort = SORTS.find((name) => name === raw)
  if (!sort) throw usageError(`--sort must be one of ${SORTS.join(', ')}, not "${raw}"`)
  return sort
}

const listStories = (
  library: Library,
  sourceName: string | undefined,
  query: StoryListQuery,
): StorySummary[] => {
  if (sourceName === undefined) return library.listStories(query)
  // Two folders may each hold a page of the same name: list them all. A page is found by its
  // file name or by the name `inkstone sources` shows.
  const all = library.listSources()
  const byFile = all.filter((source) => source.name === sourceName)
  const sources = byFile.length > 0 ? byFile : all.filter((s) => pageName(s) === sourceName)
  if (sources.length === 0)
    throw new CliError(`no source named "${sourceName}" (see inkstone sources)`)
  return sources.flatMap((source) => library.listStories({ ...query, sourceId: source.id }))
}

/** `inkstone stories [--source NAME] [--full]` */
export const storiesCommand: CliCommand = {
  name: 'stories',
  usage: '[--source NAME] [--sort ORDER] [--unread] [--full]',
  summary: 'list stories, one per line',
  options: {
    source: {
      type: 'string',
      valueName: 'NAME',
      description: 'only stories from the page with this file name',
    },
    sort: {
      type: 'string',
      valueName: 'ORDER',
      description: 'position (default), title, imported or lastOpened (most recently opened first)',
    },
    unread: { type: 'boolean', description: 'only stories not yet read' },
    full: {
      type: 'boolean',
      description: 'whole stories: with --json, id, source, title, byline, kind, body',
    },
  },
  run({ args, values, isJson, library, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const query: StoryListQuery = { sort: sortOption(stringOption(values, 'sort')) }
    if (values.unread === true) query.isUnread = true
    const summaries = listStories(library(), stringOption(values, 'source'), query)
    if (values.full === true) {
      const stories = summaries.flatMap((summary) => library().getStory(summary.id) ?? [])
      if (isJson) {
        printJson(
          stories.map(({ id, sourceName, title, byline, kind, body }) => ({
            id,
            source: sourceName,
            title,
            byline,
            kind,
            body,
          })),
        )
      } else print(stories.map(formatStory).join('\n\n'))
      return
    }
    if (isJson) printJson(summaries)
    else
      for (const s of summaries) print(`${s.id}  ${s.sourceName}  ${s.kind.padEnd(7)}  ${s.title}`)
  },
}
