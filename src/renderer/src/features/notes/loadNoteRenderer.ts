/** Turns a note's Markdown into safe HTML (renderMarkdown). */
export type NoteRenderer = (markdown: string) => string

let renderer: NoteRenderer | null = null
let loading: Promise<NoteRenderer> | null = null

/**
 * Loads the note renderer in a chunk of its own: marked and DOMPurify are a seventh of the
 * script, and their set-up at load (marked builds its grammar's regular expressions) was on the
 * way to the first screen, which shows no note. Started once the first screen is up.
 */
export const loadNoteRenderer = (): Promise<NoteRenderer> =>
  (loading ??= import('./renderMarkdown').then((module) => (renderer = module.renderMarkdown)))

/** The renderer once loaded, else null. */
export const loadedNoteRenderer = (): NoteRenderer | null => renderer
