import fc from 'fast-check'
import { hostileNumber, hostileString } from './hostileValues'

// A real document with a few of its values replaced: it stays valid JSON and keeps most of its
// shape, so it passes the first checks and reaches the code that reads it in depth.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = Array<string | number>

const leavesOf = (value: Json, path: Path = [], into: Path[] = []): Path[] => {
  into.push(path)
  if (Array.isArray(value)) value.forEach((item, at) => leavesOf(item, [...path, at], into))
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) leavesOf(item, [...path, key], into)
  }
  return into
}

const setAt = (root: Json, path: Path, value: Json): Json => {
  if (path.length === 0) return value
  let parent: Json = root
  for (const key of path.slice(0, -1)) {
    // An earlier change may have replaced a parent with a plain value: the path is gone.
    if (parent === null || typeof parent !== 'object') return root
    parent = (parent as Record<string | number, Json>)[key]
  }
  if (parent !== null && typeof parent === 'object') {
    ;(parent as Record<string | number, Json>)[path[path.length - 1]] = value
  }
  return root
}

// Deep nesting is written into the text after JSON.stringify (which would itself overflow the
// stack on it): a marker string stands in for it until then.
const DEEP = '\u0000deep:'
const deepText = (depth: number): string => `${'[{"a":'.repeat(depth)}1${'}]'.repeat(depth)}`
const writeDeep = (text: string): string =>
  text.replace(/"\\u0000deep:(\d+)"/g, (_marker, depth: string) => deepText(Number(depth)))

/** What a value is replaced with: hostile text and numbers, wrong types, deep nesting. */
const replacement: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  // JSON has no NaN or infinities: they become null, as JSON.stringify writes them.
  hostileNumber.map((n) => (Number.isFinite(n) ? n : null)),
  fc.constantFrom<Json>(null, true, false, 0, -1, '', [], {}, [[]], { '@id': '' }),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.integer({ min: 100, max: 50_000 }).map((depth) => `${DEEP}${depth}`),
  fc.integer({ min: 2, max: 50_000 }).map((length) => Array.from({ length }, () => 'x')),
)

/** JSON bytes of `document` with one to five values replaced. */
export const mutatedJson = (document: unknown): fc.Arbitrary<Uint8Array> => {
  const leaves = leavesOf(document as Json)
  return fc
    .array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 5 })
    .map((changes) => {
      let copy = structuredClone(document) as Json
      for (const [at, value] of changes) copy = setAt(copy, leaves[at % leaves.length], value)
      return new TextEncoder().encode(writeDeep(JSON.stringify(copy)))
    })
}
