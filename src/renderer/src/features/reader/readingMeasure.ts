/** The narrowest line the reader may get, in characters (a CJK character is 1em wide). */
export const MIN_LINE_CHARS = 28

// The story's side padding (up to 48px each side) plus a classic scrollbar.
const COLUMN_CHROME_PX = 116

/**
 * The reader pane's smallest width in CSS pixels for `fontSize`: below ~28 CJK characters a line
 * reads poorly and justified lines stretch, so side panes collapse or float instead.
 */
export const readerMinWidth = (fontSize: number): number =>
  Math.round(fontSize * MIN_LINE_CHARS + COLUMN_CHROME_PX)
