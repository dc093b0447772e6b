import type { CliCommand } from './CliCommand'
import { importCommand } from './importCommand'
import { searchCommand } from './searchCommand'
import { showCommand } from './showCommand'
import { sourcesCommand } from './sourcesCommand'
import { storiesCommand } from './storiesCommand'

/** Every command, in the order help lists them. A new command is one file and one line here. */
export const COMMANDS: readonly CliCommand[] = [
  importCommand,
  storiesCommand,
  showCommand,
  searchCommand,
  sourcesCommand,
]
