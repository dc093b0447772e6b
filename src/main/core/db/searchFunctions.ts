import type { Database } from 'better-sqlite3'
import { foldText } from '../text/foldText'
import { ftsChars, ftsTokens } from '../text/ftsTokens'

// The SQL names the indexing statements call (searchIndexRepo.ts).
const FTS_TEXT_FUNCTION = 'inkstone_fts_text'
const FTS_CHARS_FUNCTION = 'inkstone_fts_chars'

/**
 * Registers the tokenizer functions that indexing queued stories calls in SQL (every
 * connection registers them; the triggers on stories need none, they only queue).
 */
export function registerSearchFunctions(db: Database): void {
  db.function(FTS_TEXT_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? ftsTokens(foldText(text)) : '',
  )
  db.function(FTS_CHARS_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? ftsChars(foldText(text)) : '',
  )
}
