import type { Database } from 'better-sqlite3'
import { foldText } from '../text/foldText'
import { ftsChars, ftsTokens } from '../text/ftsTokens'

// The SQL names of the tokenizer: triggers a pre-release build wrote into some libraries and
// backups call them; indexing itself works the tokens out in JavaScript (searchTokensOf).
const FTS_TEXT_FUNCTION = 'inkstone_fts_text'
const FTS_CHARS_FUNCTION = 'inkstone_fts_chars'

/** A story's fields as the index reads them. */
export interface IndexedFields {
  title: string
  byline: string | null
  body: string
}

/** What the index stores for a story: its columns' token streams (see ftsTokens.ts). */
export interface StoryTokens {
  title: string
  body: string
  chars: string
}

/**
 * A story's index columns, worked out in JavaScript exactly as the SQL functions below work
 * them out from its stored row (the same texts, folded the same way): an import thread
 * tokenizes a page's stories before it takes the write lock, and hands SQLite the tokens.
 */
export function searchTokensOf({ title, byline, body }: IndexedFields): StoryTokens {
  const foldedTitle = foldText(title)
  const foldedText = foldText(`${byline ?? ''}\n${body}`)
  return {
    title: ftsTokens(foldedTitle),
    body: ftsTokens(foldedText),
    // Folding is one character for one (foldText), so the two folded texts joined are the
    // whole story folded: no third pass over the body.
    chars: ftsChars(`${foldedTitle}\n${foldedText}`),
  }
}

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
