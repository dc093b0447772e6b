// Messages travel as codes with parameters; the renderer says them in the reader's language and
// the CLI in English. Core never builds the sentence (house style, rule 11).

/** Values a message is filled with: names, numbers, and lists (of tag names, say). */
export type MessageParams = Record<string, string | number | readonly string[]>

/** Why the importer passed over a file. */
export const SKIP_CODES = [
  /** The file holds bytes no text has (a picture renamed .html). */
  'binary',
  /** Not a page by its extension; `extension` ('' when none). */
  'unsupportedType',
  /** Over the size limit; `sizeMb` and `limitMb`. */
  'tooLarge',
  /** A FIFO, socket, device or folder; `kind` is one of NOT_REGULAR_KINDS. */
  'notRegular',
  /** UTF-8 cut short inside a character. */
  'truncated',
  /** Neither UTF-8, GB18030 nor Big5. */
  'undecodable',
  /** Not valid in the encoding asked for or named by its BOM; `encoding`. */
  'invalidEncoding',
  /** An encoding label nobody knows; `encoding`. */
  'unknownEncoding',
  /** No text at all. */
  'empty',
  /** Splitting took longer than the limit; `seconds`. */
  'tooSlow',
  /** Decoded, but no story came out. */
  'noStories',
  /** No such file or folder. */
  'notFound',
  /** Permission denied. */
  'permissionDenied',
  /** Too many levels of symbolic links. */
  'symlinkLoop',
  /** Reading failed in a way the system describes; `message` (the system's own words). */
  'unreadable',
  /** Importing failed unexpectedly; `message` (for a bug report). */
  'failed',
  /** Re-splitting a stored page failed unexpectedly; `message`. */
  'resplitFailed',
] as const
/** Why the importer passed over a file. */
export type SkipCode = (typeof SKIP_CODES)[number]

/** What a file that is not a regular file is (the `kind` of a `notRegular` skip). */
export const NOT_REGULAR_KINDS = [
  'fifo',
  'socket',
  'characterDevice',
  'blockDevice',
  'folder',
  'special',
] as const
export type NotRegularKind = (typeof NOT_REGULAR_KINDS)[number]

/** A skip reason as data. */
export interface SkipReason {
  code: SkipCode
  params?: MessageParams
}

/** Undoable actions, named for the toast that offers Undo. */
export const UNDO_ACTIONS = [
  /** `name`. */
  'deleteTag',
  /** `from`, `to`. */
  'renameTag',
  /** `name`. */
  'recolorTag',
  /** `names` (a list), `into`. */
  'mergeTags',
  /** `quote` (its first 20 characters). */
  'deleteHighlight',
  /** `name`. */
  'deleteCollection',
  /** `from`, `to` (page names). */
  'replacePage',
  /** `names` (a list): tags added to stories. */
  'addTags',
  /** `names` (a list): tags taken off stories. */
  'removeTags',
  /** `quote` (its first 20 characters), for each of the highlight changes. */
  'createHighlight',
  'updateHighlight',
  'reattachHighlight',
  /** `title` (the story's). */
  'saveNote',
  /** `name`. */
  'createCollection',
  /** `from`, `to`. */
  'renameCollection',
  /** `name`, for each change to a collection's stories. */
  'addToCollection',
  'removeFromCollection',
  'reorderCollection',
  /** `title` (the story split in two). */
  'splitStory',
  /** `title` (the merged story's). */
  'mergeStories',
  /** `title` (the new headline). */
  'setHeadline',
  /** `title` (the story's headline). */
  'deleteStory',
  /** `name` (the page's name), `count` (its stories). */
  'deletePage',
  /** `from`, `to` (page names). */
  'renamePage',
  /** An undo row stored before actions were codes: `label`, its English text as stored. */
  'legacy',
] as const
export type UndoActionCode = (typeof UNDO_ACTIONS)[number]

/** An undoable action as data. */
export interface UndoAction {
  code: UndoActionCode
  params?: MessageParams
}

/** What exactly went wrong with a request, beyond its ErrorCode. */
export const ERROR_DETAILS = [
  /** `id` for each of the "not found" details. */
  'storyNotFound',
  'sourceNotFound',
  'tagNotFound',
  'highlightNotFound',
  'collectionNotFound',
  'undoNotFound',
  /** `encoding`. */
  'unknownEncoding',
  'lastStory',
  'emptyHeadline',
  /** `index`. */
  'cannotSplitHere',
  'emptyCollectionName',
  /** `name`. */
  'collectionNameTaken',
  'incompleteOrder',
  'emptyPageName',
  'emptyHighlight',
  /** `start`, `end`. */
  'spanOutsideStory',
  'noTagName',
  'emptyTagName',
  /** `name`. */
  'tagNameTaken',
  /** Something changed since the action, so undoing it would lose work. */
  'undoConflict',
  /** `id`: only the newest step can be undone (in order). */
  'undoNotLatest',
  /** `name`, with the reason as a SkipReason in `reason`. */
  'fileRefused',
  'nativeDialogOnly',
  'linkNotHttp',
  'linksInBrowser',
  /** `name`, `problem` (the parser's or validator's own words). */
  'annotationFileInvalid',
  /** `name`, `problem`: a file that is not a backup this Inkstone can restore. */
  'backupRefused',
  /** `folder`: a damaged library has no backup in its backups folder to recover from. */
  'noBackupToRecover',
  /** `reason` (SQLite's words): the library's file is damaged; nothing is written to it. */
  'libraryDamaged',
  /** Web mode: a damaged library is recovered with the server stopped (the CLI's recover). */
  'recoverWithServerStopped',
] as const
export type ErrorDetailKey = (typeof ERROR_DETAILS)[number]

/** A failure as data: the key of a sentence, its parameters, and a skip reason when a file was refused. */
export interface ErrorDetail {
  key: ErrorDetailKey
  params?: MessageParams
  reason?: SkipReason
}
