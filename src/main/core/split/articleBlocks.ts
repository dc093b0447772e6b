import { joinLines } from '../text/joinLines'
import type { Deadline } from '../text/deadline'
import { mendBreaks } from './htmlBreaks'
import { mathText } from './htmlMath'
import { cellsOf, isDataTable, rowsOf, rowText } from './htmlTable'

/** A paragraph of a page as plain text: a heading (with its level), body text, or a table row. */
export interface ArticleBlock {
  /** 1–6 for a heading, null for anything else. */
  level: number | null
  text: string
  /** Characters of the text inside links: menus and lists of links are mostly links. */
  linkChars: number
  isRow: boolean
}

/** How to read a part of a page. */
export interface BlockOptions {
  deadline: Deadline
  /** Page furniture to leave out with all it holds (navigation, comments...), if any. */
  isSkipped?: (element: Element) => boolean
}

// Never text for a reader: code, styling, embedded documents, pictures and form controls.
const NEVER = new Set(
  'script style noscript template iframe object embed svg canvas video audio head title button select textarea input img picture source map'.split(
    ' ',
  ),
)
const BLOCKS = new Set(
  'p div li ul ol dl dt dd tr td th tbody thead tfoot table caption blockquote section article header footer aside main figure figcaption hr address center form fieldset legend details summary nav menu'.split(
    ' ',
  ),
)
const HEADING = /^h([1-6])$/

/** HTML whitespace collapsed; a source line break between CJK characters disappears, as browsers do. */
const collapse = (text: string): string =>
  joinLines(text.split('\n'))
    .replace(/[ \t\f\r]+/g, ' ')
    .replace(FORMULA_BEFORE_MARK, '')
    .replace(FORMULA_EDGE, ' ')
    .trim()

// A formula is set off by a space from the text around it, except before punctuation; these
// private-use marks stand at its edges until the line is collapsed.
const FORMULA_START = '\ue000'
const FORMULA_END = '\ue001'
const FORMULA_BEFORE_MARK = /\s*\ue001\s*(?=[,.;:!?，。；：！？、)）\]])/g
const FORMULA_EDGE = /\s*[\ue000\ue001]\s*/g

class BlockReader {
  readonly blocks: ArticleBlock[] = []
  private lines: string[] = []
  private line = ''
  private linkChars = 0
  private links = 0
  private level: number | null = null

  constructor(private readonly options: BlockOptions) {}

  private endLine(): void {
    this.lines.push(collapse(this.line))
    this.line = ''
  }

  /** Ends the block being read: its lines mended across <br> into paragraphs. */
  flush(): void {
    this.endLine()
    const texts = this.level === null ? mendBreaks(this.lines) : [this.lines.join(' ').trim()]
    for (const text of texts)
      if (text !== '')
        this.blocks.push({ level: this.level, text, linkChars: this.linkChars, isRow: false })
    this.lines = []
    this.linkChars = 0
  }

  private text(data: string): void {
    this.line += data
    if (this.links > 0) this.linkChars += data.replace(/\s+/g, '').length
  }

  private children(element: Element): void {
    for (const child of element.childNodes) this.read(child)
  }

  read(node: Node): void {
    if (node.nodeType === 3) return this.text((node as Text).data)
    if (node.nodeType !== 1) return
    const element = node as Element
    const name = element.localName
    this.options.deadline.check()
    if (NEVER.has(name) || this.options.isSkipped?.(element)) return
    const heading = HEADING.exec(name)
    if (heading && this.level === null) {
      this.flush()
      this.level = Number(heading[1])
      this.children(element)
      this.flush()
      this.level = null
    } else if (name === 'br') {
      // Inside a heading a <br> only breaks the line of the same headline.
      if (this.level === null) this.endLine()
      else this.line += ' '
    } else if (name === 'math') this.text(`${FORMULA_START}${mathText(element)}${FORMULA_END}`)
    else if (name === 'pre') this.pre(element)
    else if (name === 'table' && isDataTable(element)) this.table(element)
    else if (name === 'a') {
      this.links++
      this.children(element)
      this.links--
    } else if (BLOCKS.has(name) && this.level === null) {
      this.flush()
      this.children(element)
      this.flush()
    } else this.children(element)
  }

  /** Preformatted text keeps its lines: each line of a listing or poem is a paragraph. */
  private pre(element: Element): void {
    this.flush()
    for (const line of (element.textContent ?? '').split('\n'))
      if (line.trim() !== '')
        this.blocks.push({ level: null, text: line.trimEnd(), linkChars: 0, isRow: false })
  }

  private table(table: Element): void {
    this.flush()
    const caption = table.querySelector('caption')
    if (caption && caption.closest('table') === table) {
      this.children(caption)
      this.flush()
    }
    for (const row of rowsOf(table)) {
      const cells = cellsOf(row).map((cell) => cellText(cell, this.options))
      const text = rowText(cells)
      if (text !== '') this.blocks.push({ level: null, text, linkChars: 0, isRow: true })
    }
  }
}

/** A cell's text on one line: its paragraphs joined by spaces. */
function cellText(cell: Element, options: BlockOptions): string {
  const reader = new BlockReader(options)
  reader.read(cell)
  reader.flush()
  return reader.blocks.map((block) => block.text).join(' ')
}

/**
 * Reads a part of a page as plain-text blocks: headings with their level, paragraphs (a <br>
 * inside a CJK sentence mended), list items, data tables one row per block ("a | b | c"),
 * formulas as their text. Only text comes out; nothing of the markup.
 */
export function articleBlocks(root: Element, options: BlockOptions): ArticleBlock[] {
  const reader = new BlockReader(options)
  reader.read(root)
  reader.flush()
  return reader.blocks
}
