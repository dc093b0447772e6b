import BetterSqlite3 from 'better-sqlite3'

/**
 * What an older, worse splitter left behind, written straight into a library file: a page's
 * first two stories stored as one (their bodies and original texts joined, the text hash stale).
 */
export function mergeFirstTwo(file: string, sourceId: number): void {
  const db = new BetterSqlite3(file)
  try {
    const [first, second] = db
      .prepare(
        'SELECT id, body, original_text FROM stories WHERE source_id = ? ORDER BY position LIMIT 2',
      )
      .all(sourceId) as Array<{ id: string; body: string; original_text: string }>
    db.prepare(
      `UPDATE stories SET body = ?, original_text = ?, text_hash = 'old' WHERE id = ?`,
    ).run(
      `${first.body}\n\n${second.body}`,
      `${first.original_text}\n\n${second.original_text}`,
      first.id,
    )
    db.prepare('DELETE FROM stories WHERE id = ?').run(second.id)
    db.prepare(
      'UPDATE stories SET position = position - 1 WHERE source_id = ? AND position > 1',
    ).run(sourceId)
  } finally {
    db.close()
  }
}
