import type { Database } from 'better-sqlite3'
import { asSourceId, type SourceId } from '../../../shared/ids'
import type { Source, SourceFormat, SourceOrigin } from '../../../shared/types'

/** The fields of a source the importer writes. */
export interface SourceRecord {
  name: string
  origin: SourceOrigin
  /** The absolute path of a file from disk; null for an upload. */
  path: string | null
  contentHash: string
  encoding: string
  format: SourceFormat
  importedAt: string
  size: number
  /** The page's text exactly as decoded. */
  text: string
}

interface SourceRow {
  id: number
  name: string
  origin: SourceOrigin
  path: string | null
  content_hash: string
  encoding: string
  format: SourceFormat
  imported_at: string
  story_count: number
}

const SELECT = `
  SELECT s.id, s.name, s.origin, s.path, s.content_hash, s.encoding, s.format, s.imported_at,
    (SELECT COUNT(*) FROM stories WHERE source_id = s.id) AS story_count
  FROM sources s`

const toSource = (row: SourceRow): Source => ({
  id: asSourceId(row.id),
  name: row.name,
  origin: row.origin,
  path: row.path,
  contentHash: row.content_hash,
  encoding: row.encoding,
  format: row.format,
  importedAt: row.imported_at,
  storyCount: row.story_count,
})

/** SQL for the sources table: one row per imported page, keyed by its id (a path is an attribute). */
export function sourcesRepo(db: Database) {
  const all = db.prepare<[], SourceRow>(`${SELECT} ORDER BY s.id`)
  const byPath = db.prepare<[string], SourceRow>(`${SELECT} WHERE s.path = ?`)
  const byHash = db.prepare<[string], SourceRow>(`${SELECT} WHERE s.content_hash = ? ORDER BY s.id`)
  const sizeOf = db.prepare<[number], number>('SELECT size FROM sources WHERE id = ?').pluck()
  const textOf = db
    .prepare<[number], string | null>('SELECT text FROM sources WHERE id = ?')
    .pluck()
  const byId = db.prepare<[number], SourceRow>(`${SELECT} WHERE s.id = ?`)
  const count = db.prepare<[], number>('SELECT COUNT(*) FROM sources').pluck()
  const named = db
    .prepare<[string], number>('SELECT EXISTS (SELECT 1 FROM sources WHERE name = ?)')
    .pluck()
  const insert = db.prepare(`
    INSERT INTO sources (name, origin, path, content_hash, encoding, format, imported_at, size, text)
    VALUES (@name, @origin, @path, @contentHash, @encoding, @format, @importedAt, @size, @text)`)
  const update = db.prepare(`
    UPDATE sources SET name = @name, origin = @origin, path = @path, content_hash = @contentHash,
      encoding = @encoding, format = @format, imported_at = @importedAt, size = @size, text = @text
    WHERE id = @id`)
  const remove = db.prepare<[number]>('DELETE FROM sources WHERE id = ?')
  const splitterVersion = db
    .prepare<[number], number>('SELECT splitter_version FROM sources WHERE id = ?')
    .pluck()
  const stampSplitter = db.prepare<[number, number]>(
    'UPDATE sources SET splitter_version = ? WHERE id = ?',
  )

  return {
    list: (): Source[] => all.all().map(toSource),
    /** The page imported from this file on disk, if any. */
    findByPath: (path: string): Source | null => {
      const row = byPath.get(path)
      return row ? toSource(row) : null
    },
    /** Pages whose bytes were exactly these (by SHA-256), oldest first. */
    findByHash: (contentHash: string): Source[] => byHash.all(contentHash).map(toSource),
    /** The page's decoded text; null for pages imported before pages kept their text. */
    textOf: (id: SourceId): string | null => textOf.get(id) ?? null,
    /** The size in bytes of the file the page was read from. */
    sizeOf: (id: SourceId): number => sizeOf.get(id) ?? 0,
    get: (id: SourceId): Source | null => {
      const row = byId.get(id)
      return row ? toSource(row) : null
    },
    count: (): number => count.get() ?? 0,
    /** True when some page has this name. */
    hasName: (name: string): boolean => named.get(name) === 1,
    insert: (record: SourceRecord): SourceId =>
      asSourceId(Number(insert.run(record).lastInsertRowid)),
    update: (id: SourceId, record: SourceRecord): void => {
      update.run({ ...record, id })
    },
    /** The version of the splitter that split the page (0: before versions were kept). */
    splitterVersionOf: (id: SourceId): number => splitterVersion.get(id) ?? 0,
    /** Records that the page is split as splitter `version` splits it. */
    stampSplitter: (id: SourceId, version: number): void => {
      stampSplitter.run(version, id)
    },
    /** Deletes the source; its stories (and their reading state) go with it by cascade. */
    remove: (id: SourceId): boolean => remove.run(id).changes > 0,
  }
}

/** The sources repository's shape. */
export type SourcesRepo = ReturnType<typeof sourcesRepo>
