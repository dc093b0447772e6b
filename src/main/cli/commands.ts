import { backupCommand, restoreCommand } from './backupCommands'
import type { CliCommand } from './CliCommand'
import { collectionCommand } from './collectionCommand'
import { exportCommand } from './exportCommand'
import { checkCommand, recoverCommand } from './healthCommands'
import { highlightCommand, highlightsCommand, noteCommand } from './highlightCommands'
import { importAnnotationsCommand } from './importAnnotationsCommand'
import { importCommand } from './importCommand'
import {
  deletePageCommand,
  deleteStoryCommand,
  renamePageCommand,
  sourcesCommand,
} from './manageCommands'
import { replaceCommand, undoCommand } from './replaceCommands'
import { resplitCommand } from './resplitCommand'
import { searchCommand } from './searchCommand'
import { showCommand } from './showCommand'
import { storiesCommand } from './storiesCommand'
import { favoriteCommands, tagCommand, tagsCommand, untagCommand } from './tagCommands'

/** Every command, in the order help lists them. A new command is one file and one line here. */
export const COMMANDS: readonly CliCommand[] = [
  importCommand,
  storiesCommand,
  showCommand,
  searchCommand,
  sourcesCommand,
  replaceCommand,
  renamePageCommand,
  deletePageCommand,
  deleteStoryCommand,
  resplitCommand,
  tagsCommand,
  tagCommand,
  untagCommand,
  highlightCommand,
  highlightsCommand,
  noteCommand,
  importAnnotationsCommand,
  collectionCommand,
  exportCommand,
  ...favoriteCommands,
  undoCommand,
  backupCommand,
  restoreCommand,
  checkCommand,
  recoverCommand,
]
