import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { ParsedQuery } from '../../../src/main/core/search/parseQuery'
import { ftsPhrase } from './ftsQuery'
import type { BenchEngine, EngineAnswer, EngineInput } from './types'

const likeEscape = (term: string): string => `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`

/** A WHERE clause and its parameters for one parsed query. */
function where(parsed: ParsedQuery): { sql: string; params: string[]; isRanked: boolean } {
  const parts: string[] = []
  const params: string[] = []
  const long = parsed.include.filter((term) => [...term].length >= 3)
  if (long.length > 0) {
    parts.push('docs MATCH ?')
    params.push(long.map(ftsPhrase).join(' AND '))
  }
  // The trigram index answers only terms of 3+ characters; shorter ones scan with LIKE, as the
  // SQLite docs advise (a LIKE of under 3 characters cannot use the index).
  const like = (term: string): string => {
    params.push(likeEscape(term), likeEscape(term), likeEscape(term))
    return "(title LIKE ? ESCAPE '\\' OR byline LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')"
  }
  for (const term of parsed.include) if ([...term].length < 3) parts.push(like(term))
  for (const term of parsed.exclude) parts.push(`NOT ${like(term)}`)
  return { sql: parts.join(' AND '), params, isRanked: long.length > 0 }
}

/** SQLite FTS5 with its trigram tokenizer over the raw text: substring search with an index. */
export function fts5Trigram(): BenchEngine {
  let db: Database.Database | null = null
  let file = ''
  const open = (): Database.Database => (db ??= new Database(file, { readonly: true }))
  return {
    name: 'fts5-trigram',
    build({ stories, workDir }: EngineInput) {
      file = join(workDir, 'fts5-trigram.sqlite3')
      const writer = new Database(file)
      writer.pragma('journal_mode = WAL')
      writer.exec(
        "CREATE VIRTUAL TABLE docs USING fts5(sid UNINDEXED, title, byline, body, tokenize='trigram')",
      )
      const insert = writer.prepare(
        'INSERT INTO docs (sid, title, byline, body) VALUES (?, ?, ?, ?)',
      )
      writer.transaction(() => {
        for (const story of stories) insert.run(story.id, story.title, story.byline, story.body)
      })()
      writer.exec("INSERT INTO docs(docs) VALUES('optimize')")
      writer.close()
    },
    open() {
      open()
    },
    search(_query, parsed, limit): EngineAnswer {
      if (parsed.include.length === 0) return { ids: [], total: 0 }
      const { sql, params, isRanked } = where(parsed)
      const order = isRanked ? 'ORDER BY bm25(docs)' : ''
      const ids = open()
        .prepare(`SELECT sid FROM docs WHERE ${sql} ${order} LIMIT ?`)
        .pluck()
        .all(...params, limit) as string[]
      const total = open()
        .prepare(`SELECT count(*) FROM docs WHERE ${sql}`)
        .pluck()
        .get(...params) as number
      return { ids, total }
    },
    searchAll(_query, parsed) {
      if (parsed.include.length === 0) return []
      const { sql, params } = where(parsed)
      return open()
        .prepare(`SELECT sid FROM docs WHERE ${sql}`)
        .pluck()
        .all(...params) as string[]
    },
    close() {
      db?.close()
      db = null
    },
  }
}
