import {
  HIGHLIGHT_COLORS,
  type HighlightColor,
  type HighlightListItem,
} from '../../shared/annotations'
import { findQuote } from '../core/anchor/describeSpan'
import type { CliCommand } from './CliCommand'
import { CliError, usageError } from './CliError'
import { expectArgs, stringOption } from './cliOptions'
import { storyFromArg } from './tagCommands'

const colorOption = (raw: string | undefined): HighlightColor | undefined => {
  if (raw === undefined) return undefined
  const color = HIGHLIGHT_COLORS.find((name) => name === raw.toLowerCase())
  if (!color)
    throw usageError(`--color must be one of ${HIGHLIGHT_COLORS.join(', ')}, not "${raw}"`)
  return color
}

const formatHighlight = (item: HighlightListItem): string => {
  const lines = [
    `[${item.color}${item.isOrphan ? ', orphan' : ''}] “${item.quote.exact}”`,
    `  ${item.storyTitle} (${item.storyId})`,
  ]
  if (item.note) lines.push(`  note: ${item.note}`)
  if (item.tags.length > 0) lines.push(`  tags: ${item.tags.map((tag) => tag.name).join(', ')}`)
  return lines.join('\n')
}

/** `inkstone highlight <id> --quote TEXT [--color NAME] [--note TEXT]` */
export const highlightCommand: CliCommand = {
  name: 'highlight',
  usage: '<id> --quote TEXT [--color NAME] [--note TEXT]',
  summary: 'highlight a passage of a story',
  options: {
    quote: { type: 'string', valueName: 'TEXT', description: 'the exact text to highlight' },
    color: { type: 'string', valueName: 'NAME', description: HIGHLIGHT_COLORS.join(', ') },
    note: { type: 'string', valueName: 'TEXT', description: 'a note on the highlight' },
  },
  run({ args, values, isJson, library, print, printJson }) {
    expectArgs(args, 1, 1, '<id>')
    const quote = stringOption(values, 'quote')
    if (!quote) throw usageError('missing option: --quote TEXT')
    const story = storyFromArg(library(), args[0])
    const at = findQuote(story.body, quote)
    if (!at) throw new CliError(`“${quote}” is not in story ${story.id}`)
    const highlight = library().createHighlight(story.id, {
      ...at,
      color: colorOption(stringOption(values, 'color')) ?? 'yellow',
      note: stringOption(values, 'note'),
    })
    if (isJson) printJson(highlight)
    else print(`Highlighted “${highlight.quote.exact}” in ${story.title} (${highlight.id})`)
  },
}

/** `inkstone highlights [--story ID] [--color NAME] [--tag NAME]` */
export const highlightsCommand: CliCommand = {
  name: 'highlights',
  usage: '[--story ID] [--color NAME] [--tag NAME]',
  summary: 'list highlights, newest first',
  options: {
    story: { type: 'string', valueName: 'ID', description: 'only this story’s, in text order' },
    color: { type: 'string', valueName: 'NAME', description: 'only this colour' },
    tag: { type: 'string', valueName: 'NAME', description: 'only highlights with this tag' },
  },
  run({ args, values, isJson, library, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const storyArg = stringOption(values, 'story')
    const tagName = stringOption(values, 'tag')
    const tag =
      tagName === undefined
        ? undefined
        : library()
            .listTags()
            .find((t) => t.name.toLowerCase() === tagName.toLowerCase())
    if (tagName !== undefined && !tag)
      throw new CliError(`no tag named “${tagName}” (see inkstone tags)`)
    const items = library().listHighlights({
      storyId: storyArg === undefined ? undefined : storyFromArg(library(), storyArg).id,
      color: colorOption(stringOption(values, 'color')),
      tagId: tag?.id,
    })
    if (isJson) return void printJson(items)
    if (items.length === 0) return void print('No highlights.')
    print(items.map(formatHighlight).join('\n\n'))
  },
}

/** `inkstone note <id> [TEXT]` */
export const noteCommand: CliCommand = {
  name: 'note',
  usage: '<id> [TEXT]',
  summary: 'print a story’s note, or set it (an empty TEXT deletes it)',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 1, 2, '<id> [TEXT]')
    const story = storyFromArg(library(), args[0])
    const note =
      args.length === 2 ? library().saveNote(story.id, args[1]) : library().getNote(story.id)
    if (isJson) printJson(note)
    else print(note ? note.markdown : '(no note)')
  },
}
