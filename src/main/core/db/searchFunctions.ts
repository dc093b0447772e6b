import type { Database } from 'better-sqlite3'
import { foldText } from '../text/foldText'
import { ftsChars } from '../text/commonCharTerms'
import { ftsTokens } from '../text/ftsTokens'

// The SQL names of the tokenizer: triggers a pre-release build wrote into some libraries and
// backups call them; indexing itself works the tokens out in JavaScript (buildSegment.ts).
const FTS_TEXT_FUNCTION = 'inkstone_fts_text'
const FTS_CHARS_FUNCTION = 'inkstone_fts_chars'

/** A story's fields as the index reads them. */
export interface IndexedFields {
  title: string
  byline: string | null
  body: string
}

/** What the index reads of a story: its headline, and its byline and body, folded. */
export interface FoldedStory {
  title: string
  text: string
}

/**
 * A story's fields folded as the index reads them (see db/postings/buildSegment.ts): an import
 * thread folds a page's stories and builds their segment before it takes the write lock.
 */
export function foldStory({ title, byline, body }: IndexedFields): FoldedStory {
  return { title: foldText(title), text: foldText(`${byline ?? ''}\n${body}`) }
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
