// A story's body is plain paragraphs, so a data table is written one row per paragraph, cells
// separated by " | ", header rows first: it reads as a table and searches as text. A table used
// for layout (old sites put whole pages in one) is read as the blocks it holds instead.

/** Separator between the cells of a row written as text. */
export const CELL_SEPARATOR = ' | '

const BLOCK_CONTENT = 'p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre'
// A cell with this many characters in paragraphs of its own holds a page, not a figure.
const LONG_CELL = 200

/** The table's own rows (not those of tables inside it), header rows first. */
export function rowsOf(table: Element): Element[] {
  const rows = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table)
  const isHead = (row: Element): boolean => row.parentElement?.localName === 'thead'
  return [...rows.filter(isHead), ...rows.filter((row) => !isHead(row))]
}

/** The cells of a row, in order. */
export const cellsOf = (row: Element): Element[] =>
  [...row.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th')

/**
 * True for a table of data rather than layout. Readability's size signs (ten rows, five
 * columns) would read a small table of figures as layout; inside an article a table whose
 * cells hold only short text is data, whatever its size. Layout shows as a table inside a table,
 * a presentation role, or cells holding long passages of paragraphs.
 */
export function isDataTable(table: Element): boolean {
  const role = table.getAttribute('role')
  if (role === 'presentation' || role === 'none' || table.getAttribute('datatable') === '0')
    return false
  if (table.querySelector('table')) return false
  const rows = rowsOf(table)
  if (rows.every((row) => cellsOf(row).length === 0)) return false
  return !rows.some((row) =>
    cellsOf(row).some(
      (cell) => cell.querySelector(BLOCK_CONTENT) && (cell.textContent ?? '').length > LONG_CELL,
    ),
  )
}

/** A row as one line of text: its cells' texts joined by CELL_SEPARATOR; '' for an empty row. */
export function rowText(cells: readonly string[]): string {
  if (cells.every((cell) => cell.trim() === '')) return ''
  return cells.map((cell) => cell.trim()).join(CELL_SEPARATOR)
}
