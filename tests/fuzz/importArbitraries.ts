import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { hostileText } from './hostileValues'

// What the importers are fed: every kind of page a reader could drop on the app by mistake or
// by malice. Each case is a file (name and bytes) and the kind it was built as, for the report.
// Sizes stay where a file imports in a second or two (300,000-character runs, 30,000 levels):
// the time bound is about hangs, and longer inputs are held by importLongInputs and the 20 MB
// file. HTML reads at about 1 MB a second on a run of spaces, so more would test speed.

const ROOT = resolve(import.meta.dirname, '../..')

/** The real pages the fuzz cuts up: the shipped seeds and the HTML fixtures. */
export const REAL_PAGES: ReadonlyArray<{ name: string; bytes: Uint8Array }> = [
  ...readdirSync(join(ROOT, 'seeds')).map((name) => join(ROOT, 'seeds', name)),
  ...readdirSync(join(ROOT, 'tests/core/fixtures/html')).map((name) =>
    join(ROOT, 'tests/core/fixtures/html', name),
  ),
].map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), bytes: readFileSync(path) }))

const CHINESE = new TextDecoder().decode(REAL_PAGES[0].bytes).slice(0, 400)
const EXTENSIONS = ['.txt', '.md', '.html'] as const

/** One file to import. */
export interface FuzzFile {
  kind: string
  name: string
  bytes: Uint8Array
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

// A lone surrogate as a UTF-8 encoder without checks writes it (WTF-8 / CESU-8): ED A0 80.
const wtf8Surrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((unit) =>
    Uint8Array.from([0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]),
  )

const concat = (parts: readonly Uint8Array[]): Uint8Array => Buffer.concat(parts)

const named = (kind: string, bytes: fc.Arbitrary<Uint8Array>): fc.Arbitrary<FuzzFile> =>
  fc
    .tuple(bytes, fc.constantFrom(...EXTENSIONS), fc.nat(999))
    .map(([content, ext, n]) => ({ kind, name: `${kind}-${n}${ext}`, bytes: content }))

const randomBytes = named('bytes', fc.uint8Array({ maxLength: 20_000 }))

const randomUnicode = named(
  'unicode',
  fc.oneof(
    hostileText(3000).map(utf8),
    // UTF-16 keeps lone surrogates as they are; a BOM says so, or not.
    fc
      .tuple(hostileText(2000), fc.boolean())
      .map(([text, hasBom]) => Buffer.from(`${hasBom ? '\uFEFF' : ''}${text}`, 'utf16le')),
    fc.array(fc.oneof(hostileText(40).map(utf8), wtf8Surrogate), { maxLength: 200 }).map(concat),
  ),
)

const truncated = fc
  // Unbiased: fast-check would otherwise favour cuts near 0, which leave an empty file.
  .tuple(fc.constantFrom(...REAL_PAGES), fc.noBias(fc.integer({ min: 0, max: 1_000_000 })))
  .map(([page, millionths]) => ({
    kind: 'truncated',
    name: `cut-${page.name}`,
    // Seeds are CJK, three bytes a character: two cuts in three land inside one.
    bytes: page.bytes.subarray(0, Math.floor((page.bytes.length * millionths) / 1_000_000)),
  }))

const mixedEncodings = named(
  'mixed',
  fc
    .array(
      fc.tuple(
        fc.constantFrom('utf8', 'gb18030', 'big5'),
        fc.integer({ min: 0, max: CHINESE.length - 1 }),
        fc.integer({ min: 1, max: 200 }),
      ),
      { minLength: 2, maxLength: 12 },
    )
    .map((parts) =>
      concat(
        parts.map(([encoding, at, length]) =>
          iconv.encode(CHINESE.slice(at, at + length), encoding),
        ),
      ),
    ),
)

const longLines = named(
  'long',
  fc
    .tuple(
      fc.constantFrom(
        '工',
        'a',
        'ab ',
        '。',
        '\u0301',
        '\u202E',
        '𠀀',
        ' ',
        '\n',
        '<',
        '-',
        '=',
        '|',
      ),
      fc.integer({ min: 10_000, max: 300_000 }),
      fc.constantFrom('', CHINESE, `# ${CHINESE.slice(0, 10)}\n\n`),
    )
    .map(([unit, length, around]) => utf8(`${around}${unit.repeat(length)}${around}`)),
)

const nestingOpeners = [
  '<div>',
  '<b><i>',
  '<table><tr><td>',
  '<ul><li>',
  '<blockquote>',
  '<p>',
  '> ',
  '- ',
  '* ',
  '1. ',
  '[',
  '**',
  '`',
  '<!--',
  '<![CDATA[',
]
const deepNesting = named(
  'deep',
  fc
    .tuple(
      fc.constantFrom(...nestingOpeners),
      fc.integer({ min: 100, max: 30_000 }),
      fc.boolean(),
      fc.constantFrom('\n', '', '  '),
    )
    .map(([opener, depth, isClosed, step]) => {
      const isTag = opener.startsWith('<') && !opener.startsWith('<!')
      const closer = isTag ? opener.replace(/</g, '</') : ''
      // Indented: a line per level, indented one step more each time (Markdown's nested lists
      // and quotes), up to 100 steps and 5,000 lines, so the file stays under a megabyte.
      const isIndented = step === '  '
      const open = Array.from({ length: isIndented ? Math.min(depth, 5000) : depth }, (_, at) =>
        isIndented ? `\n${'  '.repeat(at % 100)}${opener}` : `${opener}${step}`,
      ).join('')
      const close = isClosed && closer ? closer.repeat(depth) : ''
      return utf8(`<h1>deep</h1>\n${open}${CHINESE.slice(0, 40)}${close}\n`)
    }),
)

// Markup soup: tokens that parsers treat specially (entities naming surrogates and NUL, unclosed
// comments and raw-text elements, emphasis and backtick storms that made Markdown parsers
// backtrack for minutes, tables with thousands of cells), repeated and mixed with text.
const MARKUP_TOKENS = [
  '&#xD800;',
  '&#0;',
  '&#x10FFFF;',
  '&#99999999;',
  '&amp;',
  '&nbsp',
  '<script>',
  '</script>',
  '<style>',
  '<textarea>',
  '<title>',
  '<!--',
  '-->',
  '<![CDATA[',
  '<br>',
  '<p>',
  '</p>',
  '<h1>',
  '</h1>',
  '<img src=x>',
  '<td>',
  '<tr>',
  '<math><mi>',
  '<svg><foreignObject>',
  '*',
  '**',
  '_',
  '`',
  '```',
  '~~~',
  '[',
  '](',
  '![',
  ')',
  '|',
  '| --- |',
  '#',
  '######',
  '> ',
  '- ',
  '1. ',
  '---',
  '===',
  '\\',
  '\n',
  '\n\n',
  '\r',
  '\t',
  '  \n',
  '[x]: http://x',
  '<http://x>',
  '$$',
]
const markupSoup = named(
  'markup',
  fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...MARKUP_TOKENS), weight: 4 },
        { arbitrary: hostileText(12), weight: 2 },
        {
          arbitrary: fc
            .tuple(fc.constantFrom(...MARKUP_TOKENS), fc.integer({ min: 2, max: 5_000 }))
            .map(([token, times]) => token.repeat(times)),
          weight: 1,
        },
      ),
      { maxLength: 300 },
    )
    .map((tokens) => utf8(tokens.join(''))),
)

/** Any of the hostile files, roughly evenly. */
export const fuzzFile: fc.Arbitrary<FuzzFile> = fc.oneof(
  randomBytes,
  randomUnicode,
  truncated,
  mixedEncodings,
  longLines,
  deepNesting,
  markupSoup,
)
