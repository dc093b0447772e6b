import BetterSqlite3 from 'better-sqlite3'
import { foldText } from '../../src/main/core/text/foldText'
import { ftsChars } from '../../src/main/core/text/commonCharTerms'
import { ftsTokens } from '../../src/main/core/text/ftsTokens'
import { openBlock } from '../../src/main/core/db/postings/bytes'
import { decodePostings, entriesOf } from '../../src/main/core/db/postings/readBlock'
import { CHARS_MARK } from '../../src/main/core/db/postings/segmentFormat'

/** One token of the index as stored: a story, a term, its column and place (position). */
export interface IndexedToken {
  doc: number
  term: string
  col: 'title' | 'body' | 'chars'
  place: number
}

/**
 * Every live token of a library's search index, read back from its blocks (a story's postings
 * count only in the segment search_docs names for it), by story, column and position.
 */
export function readIndex(db: BetterSqlite3.Database): IndexedToken[] {
  const docs = db.prepare<[], [number, number, number]>('SELECT doc, seg, title FROM search_docs')
  const liveIn = new Map(
    docs
      .raw()
      .all()
      .map(([doc, seg, title]) => [doc, { seg, title }]),
  )
  const tokens: IndexedToken[] = []
  const blocks = db
    .prepare<[], { seg: number; base: number; data: Buffer }>(
      'SELECT b.seg, s.base, b.data FROM search_blocks b JOIN search_segments s ON s.seg = b.seg',
    )
    .all()
  for (const { seg, base, data } of blocks) {
    const block = openBlock(data)
    for (const entry of entriesOf(block)) {
      const isChars = entry.term.startsWith(CHARS_MARK)
      const { docs, starts, places } = decodePostings(block, entry.start, entry.end, base, isChars)
      docs.forEach((doc, at) => {
        const live = liveIn.get(doc)
        if (live?.seg !== seg) return
        const term = isChars ? entry.term.slice(CHARS_MARK.length) : entry.term
        if (isChars) tokens.push({ doc, term, col: 'chars', place: 0 })
        for (let next = starts[at]; next < starts[at + 1]; next++) {
          const place = places[next]
          const col = isChars ? 'chars' : place < live.title ? 'title' : 'body'
          tokens.push({ doc, term, col, place })
        }
      })
    }
  }
  return tokens.sort((a, b) => a.doc - b.doc || a.place - b.place)
}

/** Per story id: its index row's tokens by column, in order. */
type Contents = Record<string, { title: string; body: string; chars: string }>

const sortedChars = (chars: string): string => chars.split(' ').filter(Boolean).sort().join(' ')

// The one place these tests read how the library tracks stories still to be indexed.
const PENDING_DOCS = 'SELECT doc FROM search_pending'

const withFile = <T>(file: string, read: (db: BetterSqlite3.Database) => T): T => {
  const db = new BetterSqlite3(file, { readonly: true })
  try {
    return read(db)
  } finally {
    db.close()
  }
}

/** How many stories of the library file wait to be indexed (search scans them meanwhile). */
export const pendingCount = (file: string): number =>
  withFile(file, (db) =>
    db.prepare<[], number>(`SELECT count(*) FROM (${PENDING_DOCS})`).pluck().get()!,
  )

/**
 * What the full-text index of the library file holds for each indexed story, read back through
 * its blocks, next to what it should hold for the stored text: the two are equal when every
 * story has exactly its own tokens and nothing else is indexed. Stories still waiting to be
 * indexed are left out of both. (The chars column is compared as a set.)
 */
export function indexContents(file: string): { indexed: Contents; expected: Contents } {
  return withFile(file, (db) => {
    const pending = new Set(db.prepare<[], number>(PENDING_DOCS).pluck().all())
    const storyOf = new Map(
      db.prepare<[], [number, string]>('SELECT doc, story_id FROM story_docs').raw().all(),
    )
    const indexed: Contents = {}
    for (const { doc, term, col } of readIndex(db)) {
      const story_id = storyOf.get(doc)
      if (pending.has(doc)) continue
      const key = story_id ?? `orphan doc ${doc}`
      const row = (indexed[key] ??= { title: '', body: '', chars: '' })
      const column = col as keyof typeof row
      row[column] = row[column] === '' ? term : `${row[column]} ${term}`
    }
    for (const row of Object.values(indexed)) row.chars = sortedChars(row.chars)
    const expected: Contents = {}
    const stories = db
      .prepare<[], { id: string; doc: number; title: string; byline: string | null; body: string }>(
        `SELECT st.id, d.doc, st.title, st.byline, st.body
          FROM stories st JOIN story_docs d ON d.story_id = st.id`,
      )
      .all()
    for (const { id, doc, title, byline, body } of stories) {
      if (pending.has(doc)) continue
      const row = {
        title: ftsTokens(foldText(title)),
        body: ftsTokens(foldText(`${byline ?? ''}\n${body}`)),
        chars: sortedChars(ftsChars(foldText(`${title}\n${byline ?? ''}\n${body}`))),
      }
      // A story with no token at all has no index row to read back.
      if (row.title !== '' || row.body !== '' || row.chars !== '') expected[id] = row
    }
    return { indexed, expected }
  })
}
