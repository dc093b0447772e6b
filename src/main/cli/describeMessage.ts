import type {
  ErrorDetail,
  MessageParams,
  NotRegularKind,
  SkipCode,
  SkipReason,
  UndoAction,
  UndoActionCode,
} from '../../shared/messages'

// The CLI's words for the codes core returns; the renderer has its own, in each language.

type Say = (params: MessageParams) => string

const text = (params: MessageParams, name: string): string => {
  const value = params[name]
  return Array.isArray(value) ? value.join(', ') : String(value ?? '')
}
const quoted = (params: MessageParams, name: string): string => {
  const value = params[name]
  const names: readonly string[] = Array.isArray(value) ? value : [String(value ?? '')]
  return names.map((item) => `“${item}”`).join(', ')
}

const KINDS: Record<NotRegularKind, string> = {
  fifo: 'a FIFO',
  socket: 'a socket',
  characterDevice: 'a character device',
  blockDevice: 'a block device',
  folder: 'a folder',
  special: 'a special file',
}

const SKIPS: Record<SkipCode, Say> = {
  binary: () => 'binary file (not text)',
  unsupportedType: (p) =>
    `unsupported file type (${text(p, 'extension') === '' ? 'no extension' : text(p, 'extension')})`,
  tooLarge: (p) => `file too large (${text(p, 'sizeMb')} MB > ${text(p, 'limitMb')} MB)`,
  notRegular: (p) =>
    `not a regular file (${KINDS[text(p, 'kind') as NotRegularKind] ?? 'a special file'})`,
  truncated: () => 'truncated UTF-8 (the file ends inside a character)',
  undecodable: () => 'not valid UTF-8, GB18030 or Big5',
  invalidEncoding: (p) => `not valid ${text(p, 'encoding')}`,
  unknownEncoding: (p) => `unknown encoding "${text(p, 'encoding')}"`,
  empty: () => 'empty file',
  tooSlow: (p) => `took too long to read (over ${text(p, 'seconds')} s)`,
  noStories: () => 'no stories found',
  notFound: () => 'no such file or directory',
  permissionDenied: () => 'permission denied',
  symlinkLoop: () => 'too many levels of symbolic links',
  unreadable: (p) => (p.message === undefined ? 'could not be read' : text(p, 'message')),
  failed: (p) => `import failed: ${text(p, 'message')}`,
  resplitFailed: (p) => `re-split failed: ${text(p, 'message')}`,
}

const UNDOS: Record<UndoActionCode, Say> = {
  deleteTag: (p) => `Deleted tag ${quoted(p, 'name')}`,
  renameTag: (p) => `Renamed tag ${quoted(p, 'from')} to ${quoted(p, 'to')}`,
  recolorTag: (p) => `Recoloured tag ${quoted(p, 'name')}`,
  mergeTags: (p) => `Merged ${quoted(p, 'names')} into ${quoted(p, 'into')}`,
  deleteHighlight: (p) => `Deleted highlight ${quoted(p, 'quote')}`,
  deleteCollection: (p) => `Deleted collection ${quoted(p, 'name')}`,
  replacePage: (p) => `Replaced ${quoted(p, 'from')} with ${quoted(p, 'to')}`,
  deleteStory: (p) => `Deleted story ${quoted(p, 'title')}`,
  deletePage: (p) => `Deleted page ${quoted(p, 'name')} and its ${text(p, 'count')} stories`,
  renamePage: (p) => `Renamed page ${quoted(p, 'from')} to ${quoted(p, 'to')}`,
  addTags: (p) => `Added tag ${quoted(p, 'names')}`,
  removeTags: (p) => `Removed tag ${quoted(p, 'names')}`,
  createHighlight: (p) => `Highlighted ${quoted(p, 'quote')}`,
  updateHighlight: (p) => `Changed highlight ${quoted(p, 'quote')}`,
  reattachHighlight: (p) => `Re-attached highlight ${quoted(p, 'quote')}`,
  saveNote: (p) => `Edited the note on ${quoted(p, 'title')}`,
  createCollection: (p) => `Created collection ${quoted(p, 'name')}`,
  renameCollection: (p) => `Renamed collection ${quoted(p, 'from')} to ${quoted(p, 'to')}`,
  addToCollection: (p) => `Added to collection ${quoted(p, 'name')}`,
  removeFromCollection: (p) => `Removed from collection ${quoted(p, 'name')}`,
  reorderCollection: (p) => `Reordered collection ${quoted(p, 'name')}`,
  splitStory: (p) => `Split ${quoted(p, 'title')} in two`,
  mergeStories: (p) => `Merged 2 stories into ${quoted(p, 'title')}`,
  setHeadline: (p) => `Changed a headline to ${quoted(p, 'title')}`,
  legacy: (p) => text(p, 'label'),
}

/** A skip reason in English, as `inkstone import` prints it. */
export const describeSkip = (reason: SkipReason): string => SKIPS[reason.code](reason.params ?? {})

/** An undoable action in English ("Deleted tag “工会”"). */
export const describeUndo = (action: UndoAction): string => UNDOS[action.code](action.params ?? {})

/** A failure's detail in English, for the one line the CLI prints to stderr. */
export const describeDetail = (detail: ErrorDetail): string | null =>
  detail.key === 'fileRefused' && detail.reason
    ? `${text(detail.params ?? {}, 'name')}: ${describeSkip(detail.reason)}`
    : null
