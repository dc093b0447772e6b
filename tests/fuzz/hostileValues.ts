import fc from 'fast-check'

// Values at the edges of what a call or a page can carry: the strings and numbers that broke
// text software before (astral planes, combining runs, bidi controls, lone surrogates, NUL,
// BOM), and the sizes that sit on either side of every limit in the channel schemas.

/** Single characters that are each a known hazard for text handling. */
export const HAZARD_CHARS = [
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '\uFFFF',
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u2069', // pop directional isolate
  '\u200F', // right-to-left mark
  '\u200B', // zero width space
  '\u200D', // zero width joiner
  '\u0301', // combining acute
  '\u20DD', // combining enclosing circle
  '\u3000', // ideographic space
  '\u2028', // line separator
  '\r',
  '\t',
  '\u0085',
  '𠀀', // CJK extension B (astral)
  '𪜀',
  '😀',
  '👩\u200D👩\u200D👧',
  '\u{E0001}', // language tag
  '\u{10FFFF}',
  '工',
  '會',
  'a',
  '<',
  '&',
  '"',
  '`',
  '%',
  '\\',
  '/',
] as const

/** Lengths on both sides of the schema limits (100, 200, 500, 1000, 100 000 and so on). */
export const EDGE_LENGTHS = [0, 1, 2, 39, 40, 41, 99, 100, 101, 199, 200, 201, 499, 500, 501]
const BIG_LENGTHS = [999, 1000, 1001, 1024, 1025, 8192, 8193, 99_999, 100_000, 100_001, 300_000]

const hazardChar = fc.constantFrom(...HAZARD_CHARS)
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u))
const combiningMark = fc.integer({ min: 0x300, max: 0x36f }).map((u) => String.fromCharCode(u))
const bidiControl = fc.constantFrom(
  '\u061C',
  '\u200E',
  '\u200F',
  ...Array.from({ length: 5 }, (_, i) => String.fromCharCode(0x202a + i)),
  ...Array.from({ length: 4 }, (_, i) => String.fromCharCode(0x2066 + i)),
)
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((u) => String.fromCodePoint(u))

/** One unit of hostile text: any code point, or one of the hazards above. */
export const hostileUnit = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 3 },
  { arbitrary: hazardChar, weight: 3 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: combiningMark, weight: 1 },
  { arbitrary: bidiControl, weight: 1 },
  { arbitrary: astral, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 2 },
)

/** Short hostile text (up to `maxLength` units). */
export const hostileText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: hostileUnit, maxLength })

/** A string exactly at (or either side of) a size limit, built from one repeated unit. */
export const edgeLengthText = (lengths: readonly number[] = EDGE_LENGTHS): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...lengths), hostileUnit)
    .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length))

/** Any string worth sending: empty, blank, hostile, at a limit, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('', ' ', '   ', '\n', '\u3000'), weight: 2 },
  { arbitrary: hostileText(), weight: 5 },
  { arbitrary: edgeLengthText(), weight: 3 },
  { arbitrary: edgeLengthText(BIG_LENGTHS), weight: 1 },
  { arbitrary: fc.string(), weight: 2 },
)

/** Any number worth sending: NaN, infinities, -0, negatives, fractions, past 2^31 and 2^53. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MIN_VALUE,
    Number.MAX_VALUE,
    Number.EPSILON,
    2 ** 31 - 1,
    2 ** 31,
    2 ** 32,
    2 ** 53 - 1,
    2 ** 53 + 2,
    -(2 ** 53),
    1e21,
  ),
  fc.integer(),
  fc.double(),
)

/** Anything at all, including what only IPC's structured clone carries (Map, Date, bigint). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
  values: [hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.constant(undefined)],
})

// What JSON.parse makes of a hostile request body (web mode): own keys named like the
// prototype's, which a careless merge would write onto Object.prototype.
const jsonTricks = fc.constantFrom(
  '{"__proto__":{"polluted":true},"theme":"dark"}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"toString":1,"valueOf":"x","hasOwnProperty":null}',
  '{"sort":"title","__proto__":null}',
  '{"kind":"all","length":1e9}',
  '[{"0":1,"length":2}]',
)

/** Random arguments for any channel: a short list of anything, or prototype tricks. */
export const randomArgs: fc.Arbitrary<unknown[]> = fc.oneof(
  { arbitrary: fc.array(anyValue, { maxLength: 4 }), weight: 4 },
  {
    arbitrary: fc
      .array(jsonTricks, { minLength: 1, maxLength: 2 })
      .map((tricks) => tricks.map((text) => JSON.parse(text) as unknown)),
    weight: 1,
  },
)
