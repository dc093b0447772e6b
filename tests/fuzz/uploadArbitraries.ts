import fc from 'fast-check'
import { edgeLengthText, hostileString, hostileText } from './hostileValues'

const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.pdf', '.docx', '', '.']

/** File names: ordinary, hostile, path-like, at the 1024 limit, without or with odd extensions. */
export const fileName: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'page.txt',
      'page.md',
      'page.html',
      '../../etc/passwd',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      'con.txt',
      '.txt',
      'a/b/c.md',
      '\u202Etxt.exe',
      '工会.TXT',
    ),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(hostileText(20), fc.constantFrom(...EXTENSIONS))
      .map(([stem, ext]) => stem + ext),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(edgeLengthText([1019, 1020, 1021, 1024, 1025]), fc.constantFrom(...EXTENSIONS))
      .map(([stem, ext]) => stem.slice(0, stem.length - ext.length) + ext),
  },
  { weight: 1, arbitrary: hostileString },
)

/** Page text shapes: plain, Markdown, HTML, with hostile characters throughout. */
export const pageText: fc.Arbitrary<string> = fc.oneof(
  hostileText(200),
  fc
    .tuple(fc.array(hostileText(60), { maxLength: 12 }), fc.constantFrom('\n', '\n\n', '\r\n'))
    .map(([lines, separator]) => lines.join(separator)),
  fc
    .tuple(hostileText(30), fc.array(hostileText(80), { maxLength: 6 }))
    .map(([title, paragraphs]) => `# ${title}\n\n${paragraphs.join('\n\n')}\n`),
  fc
    .tuple(hostileText(30), fc.array(hostileText(80), { maxLength: 6 }))
    .map(
      ([title, paragraphs]) =>
        `<html><head><title>${title}</title></head><body><h1>${title}</h1>` +
        `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
    ),
)

/** File bytes: encoded page text, raw random bytes, or nothing. */
export const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { arbitrary: pageText.map((text) => new TextEncoder().encode(text)), weight: 4 },
  { arbitrary: fc.uint8Array({ maxLength: 4000 }), weight: 2 },
  { arbitrary: fc.constant(new Uint8Array(0)), weight: 1 },
)

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')

/** An uploaded file (UploadedFile), sometimes with base64 the schema lets through oddly. */
export const upload = (bytes: fc.Arbitrary<Uint8Array> = fileBytes) =>
  fc.record({
    name: fileName,
    base64: fc.oneof(
      { arbitrary: bytes.map(base64), weight: 8 },
      // Valid to the schema's pattern but not whole base64: Node decodes what it can.
      { arbitrary: fc.constantFrom('', 'A', 'AA', 'AAA', '====', 'A=', '5L2g5aW9'), weight: 1 },
    ),
  })

/** Bytes made from a real file: whole, cut at a random offset, or with bytes flipped. */
export const damagedCopies = (real: Uint8Array): fc.Arbitrary<Uint8Array> => {
  const flipAt = fc.oneof(
    fc.nat(Math.min(99, real.length - 1)),
    fc.nat(Math.min(4095, real.length - 1)),
    fc.nat(real.length - 1),
  )
  // SQLite's header fields (page size, versions, counters, schema cookie and format, text
  // encoding, user version...) set to edge values: the integrity check reads past most of them.
  const headerField = fc
    .tuple(
      fc.constantFrom(16, 18, 20, 21, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 92, 96),
      fc.oneof(fc.constantFrom(0, 1, 2, 3, 4, 0x7fffffff, 0x80000000, 0xffffffff), fc.nat()),
    )
    .filter(([at]) => at + 4 <= real.length)
    .map(([at, value]) => {
      const copy = Buffer.from(real)
      copy.writeUInt32BE(value >>> 0, at)
      return new Uint8Array(copy)
    })
  return fc.oneof(
    fc.constant(real),
    headerField,
    fc.integer({ min: 0, max: real.length }).map((end) => real.subarray(0, end)),
    fc
      // Flips land mostly where a file says what it is: a SQLite header and schema page, the
      // start of a JSON document.
      .array(fc.tuple(flipAt, fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 20,
      })
      .map((flips) => {
        const copy = Uint8Array.from(real)
        for (const [at, value] of flips) copy[at] = value
        return copy
      }),
  )
}
