import { asStoryId } from '../../shared/ids'
import type { Library } from '../core/library/types'
import type { CliCommand } from './CliCommand'
import { CliError } from './CliError'
import { expectArgs } from './cliOptions'

/** The stored story for an id typed on the command line, or a clear error. */
export const storyFromArg = (library: Library, raw: string) => {
  const story = library.getStory(asStoryId(raw))
  if (!story) throw new CliError(`no story with id "${raw}" (see inkstone stories)`)
  return story
}

/** `inkstone tags` */
export const tagsCommand: CliCommand = {
  name: 'tags',
  usage: '',
  summary: 'list tags with their story and highlight counts',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const tags = library().listTags()
    if (isJson) return void printJson(tags)
    if (tags.length === 0) return void print('No tags yet (add one with: inkstone tag <id> <tag>)')
    for (const tag of tags)
      print(`${tag.name}  ${tag.storyCount} stories, ${tag.highlightCount} highlights`)
  },
}

/** `inkstone tag <id> <tag>...` */
export const tagCommand: CliCommand = {
  name: 'tag',
  usage: '<id> <tag>...',
  summary: 'add tags to a story (created as needed)',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 2, Infinity, '<id> <tag>...')
    const story = storyFromArg(library(), args[0])
    library().addTags([story.id], args.slice(1))
    const tags = library().getStory(story.id)!.tags
    if (isJson) printJson({ id: story.id, tags: tags.map((tag) => tag.name) })
    else print(`${story.title}: ${tags.map((tag) => tag.name).join(', ')}`)
  },
}

/** `inkstone untag <id> <tag>...` */
export const untagCommand: CliCommand = {
  name: 'untag',
  usage: '<id> <tag>...',
  summary: 'remove tags from a story',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 2, Infinity, '<id> <tag>...')
    const story = storyFromArg(library(), args[0])
    const wanted = new Set(args.slice(1).map((name) => name.trim().toLowerCase()))
    const tagIds = story.tags
      .filter((tag) => wanted.has(tag.name.toLowerCase()))
      .map((tag) => tag.id)
    if (tagIds.length > 0) library().removeTags([story.id], tagIds)
    const tags = library()
      .getStory(story.id)!
      .tags.map((tag) => tag.name)
    if (isJson) printJson({ id: story.id, tags })
    else print(`${story.title}: ${tags.length > 0 ? tags.join(', ') : '(no tags)'}`)
  },
}

/** `inkstone favorite <id>` and `inkstone unfavorite <id>` */
const favoriteCommand = (name: string, isFavorite: boolean): CliCommand => ({
  name,
  usage: '<id>',
  summary: isFavorite ? 'mark a story as a favourite' : 'unmark a favourite',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 1, 1, '<id>')
    const story = storyFromArg(library(), args[0])
    library().setFavorite(story.id, isFavorite)
    if (isJson) printJson({ id: story.id, isFavorite })
    else print(`${isFavorite ? '★' : '☆'} ${story.title}`)
  },
})

/** Favourite commands. */
export const favoriteCommands = [
  favoriteCommand('favorite', true),
  favoriteCommand('unfavorite', false),
]
