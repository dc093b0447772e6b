import BetterSqlite3 from 'better-sqlite3'
import { foldText } from '../../src/main/core/text/foldText'
import { ftsChars, ftsTokens } from '../../src/main/core/text/ftsTokens'

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
 * fts5vocab, next to what it should hold for the stored text: the two are equal when every
 * story has exactly its own tokens and nothing else is indexed. Stories still waiting to be
 * indexed are left out of both. (The chars column is compared as a set.)
 */
export function indexContents(file: string): { indexed: Contents; expected: Contents } {
  return withFile(file, (db) => {
    const pending = new Set(db.prepare<[], number>(PENDING_DOCS).pluck().all())
    db.exec('CREATE VIRTUAL TABLE temp.story_terms USING fts5vocab(main, story_fts, instance)')
    const instances = db
      .prepare<[], { story_id: string | null; doc: number; term: string; col: string }>(
        `SELECT d.story_id, i.doc, i.term, i.col FROM temp.story_terms i
          LEFT JOIN story_docs d ON d.doc = i.doc ORDER BY i.doc, i.col, i.offset`,
      )
      .all()
    const indexed: Contents = {}
    for (const { story_id, doc, term, col } of instances) {
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
