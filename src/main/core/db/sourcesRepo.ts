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
  title: string | null
  page_date: string | null
  custom_name: string | null
}

export const SOURCES_SELECT = `
  SELECT s.id, s.name, s.origin, s.path, s.content_hash, s.encoding, s.format, s.imported_at,
    s.title, s.page_date, (SELECT name FROM page_names WHERE source_id = s.id) AS custom_name,
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
  title: row.title || null,
  pageDate: row.page_date,
  customName: row.custom_name,
})

/** SQL for the sources table: one row per imported page, keyed by its id (a path is an attribute). */
export function sourcesRepo(db: Database) {
  const all = db.prepare<[], SourceRow>(`${SOURCES_SELECT} ORDER BY s.id`)
  const byPath = db.prepare<[string], SourceRow>(`${SOURCES_SELECT} WHERE s.path = ?`)
  const byHash = db.prepare<[string], SourceRow>(
    `${SOURCES_SELECT} WHERE s.content_hash = ? ORDER BY s.id`,
  )
  const sizeOf = db.prepare<[number], number>('SELECT size FROM sources WHERE id = ?').pluck()
  const textOf = db
    .prepare<[number], string | null>('SELECT text FROM sources WHERE id = ?')
    .pluck()
  const byId = db.prepare<[number], SourceRow>(`${SOURCES_SELECT} WHERE s.id = ?`)
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
  const setTitle = db.prepare<[string, string | null, number]>(
    'UPDATE sources SET title = ?, page_date = ? WHERE id = ?',
  )
  const setCustomName = db.prepare<[number, string]>(
    'INSERT INTO page_names (source_id, name) VALUES (?, ?) ON CONFLICT (source_id) DO UPDATE SET name = excluded.name',
  )
  const clearCustomName = db.prepare<[number]>('DELETE FROM page_names WHERE source_id = ?')
  const firstStory = db.prepare<[number], { title: string; is_title_derived: number }>(
    'SELECT title, is_title_derived FROM stories WHERE source_id = ? ORDER BY position LIMIT 1',
  )
  const untitled = db
    .prepare<[], number>('SELECT id FROM sources WHERE title IS NULL AND text IS NOT NULL')
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
    /** Stores the name the page gives itself ('' when it gives none) and its date. */
    setTitle: (id: SourceId, title: string, pageDate: string | null): void => {
      setTitle.run(title, pageDate, id)
    },
    /** Stores the reader's own name for the page (null: back to the page's own name). */
    setCustomName: (id: SourceId, name: string | null): void => {
      if (name === null) clearCustomName.run(id)
      else setCustomName.run(id, name)
    },
    /** The headline of the page's first story, as the title derivation needs it. */
    firstStory: (id: SourceId): { title: string; isTitleDerived: boolean } | null => {
      const row = firstStory.get(id)
      return row ? { title: row.title, isTitleDerived: row.is_title_derived === 1 } : null
    },
    /** Pages whose title was never derived (stored before titles were kept). */
    untitled: (): SourceId[] => untitled.all().map(asSourceId),
    /** Deletes the source; its stories (and their reading state) go with it by cascade. */
    remove: (id: SourceId): boolean => remove.run(id).changes > 0,
  }
}

/** The sources repository's shape. */
export type SourcesRepo = ReturnType<typeof sourcesRepo>
