import type { CliCommand } from './CliCommand'
import { expectArgs } from './cliOptions'

/** `inkstone sources` */
export const sourcesCommand: CliCommand = {
  name: 'sources',
  usage: '',
  summary: 'list the imported pages',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 0, 0, '')
    const sources = library().listSources()
    if (isJson) printJson(sources)
    else if (sources.length === 0) print('The library is empty (see inkstone import).')
    else {
      for (const s of sources)
        print(`${s.id}  ${s.name}  ${s.storyCount} stories  ${s.encoding}  ${s.path}`)
    }
  },
}
