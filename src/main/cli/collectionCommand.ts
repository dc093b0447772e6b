import type { Library } from '../core/library/types'
import type { CliCommand } from './CliCommand'
import { CliError, usageError } from './CliError'
import { expectArgs } from './cliOptions'
import { storyFromArg } from './tagCommands'

const byName = (library: Library, name: string) => {
  const found = library
    .listCollections()
    .find((c) => c.name.toLowerCase() === name.trim().toLowerCase())
  if (!found) throw new CliError(`no collection named “${name}” (see inkstone collection list)`)
  return found
}

/** `inkstone collection create|add|remove|list ...` */
export const collectionCommand: CliCommand = {
  name: 'collection',
  usage: 'create NAME | add NAME <id>... | remove NAME <id>... | list [NAME]',
  summary: 'make and fill ordered reading lists',
  run({ args, isJson, library, print, printJson }) {
    const [action, name, ...ids] = args
    const lib = library()
    switch (action) {
      case 'create': {
        expectArgs(args, 2, 2, 'create NAME')
        const created = lib.createCollection(name)
        return void (isJson ? printJson(created) : print(`Created collection “${created.name}”`))
      }
      case 'add':
      case 'remove': {
        expectArgs(args, 3, Infinity, `${action} NAME <id>...`)
        const collection = byName(lib, name)
        const storyIds = ids.map((id) => storyFromArg(lib, id).id)
        if (action === 'add') lib.addToCollection(collection.id, storyIds)
        else lib.removeFromCollection(collection.id, storyIds)
        const after = lib.listCollections().find((c) => c.id === collection.id)!
        return void (isJson
          ? printJson(after)
          : print(`“${after.name}” now holds ${after.storyCount} stories`))
      }
      case 'list': {
        expectArgs(args, 1, 2, 'list [NAME]')
        if (name === undefined) {
          const all = lib.listCollections()
          if (isJson) return void printJson(all)
          return void print(
            all.length === 0
              ? 'No collections yet.'
              : all.map((c) => `${c.name}  ${c.storyCount} stories`).join('\n'),
          )
        }
        const stories = lib.listStories({ collectionId: byName(lib, name).id })
        if (isJson)
          return void printJson(
            stories.map(({ id, title, sourceName }) => ({ id, title, source: sourceName })),
          )
        return void print(
          stories.map((s, i) => `${i + 1}. ${s.id}  ${s.title}`).join('\n') || '(empty)',
        )
      }
      default:
        throw usageError(
          action === undefined
            ? 'missing action: create, add, remove or list'
            : `unknown action "${action}": use create, add, remove or list`,
        )
    }
  },
}
