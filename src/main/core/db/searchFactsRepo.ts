import type { Database } from 'better-sqlite3'
import { asStoryId, type StoryId } from '../../../shared/ids'

const FILTERS = {
  tag: `SELECT sg.story_id FROM story_tags sg JOIN tags t ON t.id = sg.tag_id
      WHERE t.name = @value COLLATE NOCASE
    UNION SELECT h.story_id FROM highlights h JOIN highlight_tags ht ON ht.highlight_id = h.id
      JOIN tags t ON t.id = ht.tag_id WHERE t.name = @value COLLATE NOCASE`,
  color: 'SELECT story_id FROM highlights WHERE color = @value',
  highlight: 'SELECT story_id FROM highlights',
  note: `SELECT story_id FROM story_notes UNION SELECT story_id FROM highlights WHERE note <> ''`,
  tagged: 'SELECT story_id FROM story_tags',
  source: `SELECT st.id AS story_id FROM stories st JOIN sources so ON so.id = st.source_id
      WHERE instr(lower(so.name), lower(@value)) > 0`,
  in: `SELECT ci.story_id FROM collection_items ci JOIN collections c ON c.id = ci.collection_id
      WHERE c.name = @value COLLATE NOCASE`,
  read: 'SELECT story_id FROM reading_state WHERE is_read = 1',
  favorite: 'SELECT story_id FROM reading_state WHERE is_favorite = 1',
} as const

/** Which stories a search filter keeps. */
export type FactKind = keyof typeof FILTERS

/** SQL behind search filters and the annotation text search reaches. */
export function searchFactsRepo(db: Database) {
  const statements = new Map(
    Object.entries(FILTERS).map(([kind, sql]) => [
      kind as FactKind,
      db.prepare<[{ value: string }], string>(sql).pluck(),
    ]),
  )
  // The same stories by their numbers in the search index (story_docs.doc); a join reads
  // each story's number once (an IN list is built first, three times slower).
  const docStatements = new Map(
    Object.entries(FILTERS).map(([kind, sql]) => [
      kind as FactKind,
      db
        .prepare<[{ value: string }], number>(
          `SELECT d.doc FROM (${sql}) f JOIN story_docs d ON d.story_id = f.story_id`,
        )
        .pluck(),
    ]),
  )
  // A story's own words about it: its note, its highlights' notes, and its tags' names.
  const annotations = db.prepare<[], { story_id: string; text: string }>(`
    SELECT story_id, group_concat(text, char(10)) AS text FROM (
      SELECT story_id, markdown AS text FROM story_notes
      UNION ALL SELECT story_id, note FROM highlights WHERE note <> ''
      UNION ALL SELECT sg.story_id, t.name FROM story_tags sg JOIN tags t ON t.id = sg.tag_id
      UNION ALL SELECT h.story_id, t.name FROM highlights h
        JOIN highlight_tags ht ON ht.highlight_id = h.id JOIN tags t ON t.id = ht.tag_id
    ) GROUP BY story_id`)

  return {
    storiesWhere: (kind: FactKind, value = ''): Set<StoryId> =>
      new Set(statements.get(kind)!.all({ value }).map(asStoryId)),
    /** storiesWhere as the stories' numbers in the search index, in no particular order. */
    docsWhere: (kind: FactKind, value = ''): number[] => docStatements.get(kind)!.all({ value }),
    annotationTexts: (): Array<{ storyId: StoryId; text: string }> =>
      annotations.all().map((row) => ({ storyId: asStoryId(row.story_id), text: row.text })),
  }
}

/** The search facts repository's shape. */
export type SearchFactsRepo = ReturnType<typeof searchFactsRepo>
