import Database from 'better-sqlite3'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import { join } from 'node:path'
import type { ParsedQuery } from '../../../src/main/core/search/parseQuery'
import { ftsExpression, ftsPhrase } from './ftsQuery'
import type { BenchEngine, EngineAnswer, EngineInput } from './types'

const WORD = /[\p{L}\p{N}]/u

/**
 * SQLite FTS5 over jieba words: text cut by jieba (no HMM), stored space-joined so that
 * unicode61 sees one token per word; a query term is cut the same way and searched as a
 * phrase, ranked by bm25. It misses a term jieba cuts differently in context (the known flaw).
 */
export function fts5Jieba(): BenchEngine {
  let jieba: Jieba | null = null
  let db: Database.Database | null = null
  let file = ''
  const cut = (text: string): string[] => {
    jieba ??= Jieba.withDict(dict)
    return jieba.cut(text.toLowerCase(), false).filter((word) => WORD.test(word))
  }
  const words = (text: string): string => cut(text).join(' ')
  const expression = (parsed: ParsedQuery): string | null =>
    ftsExpression(
      parsed.include.map((term) => ftsPhrase(words(term))),
      parsed.exclude.map((term) => ftsPhrase(words(term))),
    )
  const open = (): Database.Database => (db ??= new Database(file, { readonly: true }))

  return {
    name: 'fts5-jieba',
    build({ stories, workDir }: EngineInput) {
      file = join(workDir, 'fts5-jieba.sqlite3')
      const writer = new Database(file)
      writer.pragma('journal_mode = WAL')
      writer.exec(
        "CREATE VIRTUAL TABLE docs USING fts5(sid UNINDEXED, title, byline, body, tokenize='unicode61')",
      )
      const insert = writer.prepare(
        'INSERT INTO docs (sid, title, byline, body) VALUES (?, ?, ?, ?)',
      )
      writer.transaction(() => {
        for (const story of stories)
          insert.run(story.id, words(story.title), words(story.byline), words(story.body))
      })()
      writer.exec("INSERT INTO docs(docs) VALUES('optimize')")
      writer.close()
    },
    open() {
      open()
    },
    search(_query, parsed, limit): EngineAnswer {
      const match = expression(parsed)
      if (match === null) return { ids: [], total: 0 }
      const rows = open()
        .prepare('SELECT sid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?')
        .pluck()
        .all(match, limit) as string[]
      const total = open()
        .prepare('SELECT count(*) FROM docs WHERE docs MATCH ?')
        .pluck()
        .get(match) as number
      return { ids: rows, total }
    },
    searchAll(_query, parsed) {
      const match = expression(parsed)
      if (match === null) return []
      return open()
        .prepare('SELECT sid FROM docs WHERE docs MATCH ?')
        .pluck()
        .all(match) as string[]
    },
    close() {
      db?.close()
      db = null
    },
  }
}
