import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'
import type { Deadline } from '../../../../src/main/core/text/deadline'
import { FOREIGN, OPEN_IMPLIES_CLOSE, RAW_TEXT, VOID } from './htmlElements'

/** What reading HTML reports: elements opening and closing (implied ones too) and text. */
export interface HtmlEvents {
  onopen: (name: string) => void
  onclose: (name: string) => void
  ontext: (text: string) => void
}

/** How to read a page. */
export interface ReadHtmlOptions {
  /** Elements whose start tag counts only when their end tag follows somewhere later. */
  mustClose: ReadonlySet<string>
  deadline: Deadline
}

// Pieces handed to the tokenizer between checks of the deadline.
const CHUNK = 64 * 1024
const CLOSE_TAG = /<\/([A-Za-z][^\t\n\f\r />]*)(?=[\t\n\f\r />])/g

/** Where each named element's last end tag starts, for the names asked about. */
function lastEndTags(html: string, names: ReadonlySet<string>): Map<string, number> {
  const last = new Map<string, number>()
  for (const match of html.matchAll(CLOSE_TAG)) {
    const name = match[1].toLowerCase()
    if (names.has(name)) last.set(name, match.index)
  }
  return last
}

/**
 * The element stack of htmlparser2's Parser, kept so that every tag costs constant time: the
 * Parser's stack is an array it shifts and searches from the front, so 100,000 nested elements
 * took minutes. Top of the stack is the end of the array; `counts` answers "is one open?".
 */
class StackReader implements TokenizerCallbacks {
  private readonly stack: string[] = []
  private readonly counts = new Map<string, number>()
  private foreign = 0
  private tagname = ''
  private isRawUnclosed = false
  /** Once raw text ran to the end of the page, the rest is read with raw text turned off. */
  isRawTextOff = false
  /** Where the page starts again after an unclosed raw-text element; null while reading on. */
  resumeAt: number | null = null
  /** Where the text fed to the current tokenizer starts in the page. */
  base = 0
  pause: () => void = () => {}

  constructor(
    private readonly html: string,
    private readonly events: HtmlEvents,
    private readonly mustClose: ReadonlySet<string>,
    private readonly lastEnd: Map<string, number>,
  ) {}

  private slice(start: number, end: number): string {
    return this.html.slice(this.base + start, this.base + end)
  }

  private readName(start: number, end: number): string {
    const name = this.slice(start, end).toLowerCase()
    return name === 'image' && this.foreign === 0 ? 'img' : name
  }

  private hasEndAfter(name: string, start: number): boolean {
    return (this.lastEnd.get(name) ?? -1) > this.base + start
  }

  private push(name: string): void {
    this.stack.push(name)
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1)
    if (FOREIGN.has(name)) this.foreign++
  }

  private pop(): string {
    const name = this.stack.pop() as string
    this.counts.set(name, (this.counts.get(name) as number) - 1)
    if (FOREIGN.has(name)) this.foreign--
    this.events.onclose(name)
    return name
  }

  private openTag(name: string): void {
    this.tagname = name
    // A second <form> inside a form is ignored, as browsers do.
    if (name === 'form' && (this.counts.get('form') ?? 0) > 0) {
      this.tagname = ''
      return
    }
    const implied = OPEN_IMPLIES_CLOSE.get(name)
    while (implied && this.stack.length > 0 && implied.has(this.stack.at(-1) as string)) this.pop()
    if (!VOID.has(name)) this.push(name)
    this.events.onopen(name)
  }

  private endOpenTag(): void {
    if (VOID.has(this.tagname)) this.events.onclose(this.tagname)
    this.tagname = ''
  }

  isInForeignContext(): boolean {
    return this.foreign > 0 || this.isRawTextOff
  }

  onopentagname(start: number, end: number): void {
    const name = this.readName(start, end)
    const isRaw = RAW_TEXT.has(name) && !this.isInForeignContext()
    // <plaintext> has no end: the tokenizer reads all that follows as text, end tag or not.
    if (isRaw && (name === 'plaintext' || !this.hasEndAfter(name, start))) {
      // The tokenizer would read the rest of the page as this element's text: stop at its '>'
      // and read the rest again as HTML, as if the tag were not there.
      this.isRawUnclosed = true
      this.tagname = ''
    } else if (this.mustClose.has(name) && !this.hasEndAfter(name, start)) this.tagname = ''
    else this.openTag(name)
  }

  onopentagend(end: number): void {
    if (this.isRawUnclosed) {
      this.isRawUnclosed = false
      this.resumeAt = this.base + end + 1
      this.pause()
    } else this.endOpenTag()
  }

  onselfclosingtag(end: number): void {
    // HTML ignores "/>" except on SVG and MathML elements.
    if (this.foreign === 0 || this.isRawUnclosed) return this.onopentagend(end)
    const name = this.tagname
    this.endOpenTag()
    if (this.stack.at(-1) === name) this.pop()
  }

  onclosetag(start: number, end: number): void {
    const name = this.readName(start, end)
    if (VOID.has(name)) {
      // </br> reads as <br>; other void end tags mean nothing.
      if (name === 'br') {
        this.events.onopen('br')
        this.events.onclose('br')
      }
    } else if ((this.counts.get(name) ?? 0) > 0) {
      while (this.pop() !== name);
    } else if (name === 'p') {
      // A stray </p> reads as an empty paragraph.
      this.openTag('p')
      this.endOpenTag()
      this.pop()
    }
  }

  ontext(start: number, end: number): void {
    this.events.ontext(this.slice(start, end))
  }

  ontextentity(codePoint: number): void {
    this.events.ontext(String.fromCodePoint(codePoint))
  }

  oncdata(start: number, end: number, offset: number): void {
    if (this.foreign > 0) this.events.ontext(this.slice(start, end - offset))
  }

  onend(): void {
    while (this.stack.length > 0) this.pop()
  }

  onattribdata(): void {}
  onattribentity(): void {}
  onattribend(): void {}
  onattribname(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
}

/**
 * Reads an HTML page in linear time, reporting elements and text as htmlparser2's Parser would,
 * except that no element swallows the rest of the page: a raw-text element (textarea, title,
 * script, xmp...) or an element in `mustClose` without an end tag anywhere after it is read as
 * if its start tag were not there. Checks the deadline as it goes.
 */
export function readHtml(html: string, events: HtmlEvents, options: ReadHtmlOptions): void {
  const lastEnd = lastEndTags(html, new Set([...RAW_TEXT, ...options.mustClose]))
  const reader = new StackReader(html, events, options.mustClose, lastEnd)
  let from = 0
  for (;;) {
    const tokenizer = new Tokenizer({}, reader)
    reader.base = from
    reader.pause = () => tokenizer.pause()
    for (let at = from; at < html.length && reader.resumeAt === null; at += CHUNK) {
      options.deadline.check()
      tokenizer.write(html.slice(at, at + CHUNK))
    }
    if (reader.resumeAt === null) {
      tokenizer.end()
      return
    }
    // Only the first unclosed raw-text element stops the reading: after it the rest of the
    // page is read with raw text turned off, so a page is read at most twice.
    from = reader.resumeAt
    reader.resumeAt = null
    reader.isRawTextOff = true
  }
}
