import type { Database } from 'better-sqlite3'
import { foldText } from '../text/foldText'
import { ftsChars, ftsTokens } from '../text/ftsTokens'

/** The SQL names of the functions the full-text triggers call (see migration 5). */
export const FTS_TEXT_FUNCTION = 'inkstone_fts_text'
export const FTS_CHARS_FUNCTION = 'inkstone_fts_chars'

/**
 * Registers the tokenizer functions the stories' triggers call, so the full-text index is
 * written in the same transaction as the story, by every write path. They must be registered
 * on every connection before anything writes a story.
 */
export function registerSearchFunctions(db: Database): void {
  db.function(FTS_TEXT_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? ftsTokens(foldText(text)) : '',
  )
  db.function(FTS_CHARS_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? ftsChars(foldText(text)) : '',
  )
}
