import { asStoryId } from '../../shared/ids'
import type { Story } from '../../shared/types'
import type { CliCommand } from './CliCommand'
import { CliError } from './CliError'
import { expectArgs } from './cliOptions'

/** A story as text: title, byline, source, a blank line, then its paragraphs. */
export function formatStory(story: Story): string {
  const head = [story.title, ...(story.byline ? [story.byline] : []), story.sourceName]
  return `${head.join('\n')}\n\n${story.body}`
}

/** `inkstone show <id>` */
export const showCommand: CliCommand = {
  name: 'show',
  usage: '<id>',
  summary: 'print one story',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 1, 1, '<id>')
    const story = library().getStory(asStoryId(args[0]))
    if (!story) throw new CliError(`no story with id "${args[0]}" (see inkstone stories)`)
    if (isJson) printJson(story)
    else print(formatStory(story))
  },
}
