import type { Database } from 'better-sqlite3'
import { foldText } from '../text/foldText'
import { ftsChars, ftsTokens } from '../text/ftsTokens'

// The SQL names the indexing statements call (searchIndexRepo.ts).
const FTS_TEXT_FUNCTION = 'inkstone_fts_text'
const FTS_CHARS_FUNCTION = 'inkstone_fts_chars'

// Token streams worked out ahead of a write transaction (primeSearchTokens), keyed by the exact
// text the SQL functions will be given: an import thread tokenizes a page's stories before it
// waits for its turn to write, so the lock is held only for SQLite's own work. A text not here
// is tokenized on the spot, so the memo only ever saves time, never changes what is indexed.
const textMemo = new Map<string, string>()
const charsMemo = new Map<string, string>()

const fromMemo = (memo: Map<string, string>, text: string, make: () => string): string =>
  memo.get(text) ?? make()

/** A story's fields as the index reads them (searchIndexRepo's FTS_FIELDS). */
export interface IndexedFields {
  title: string
  byline: string | null
  body: string
}

/**
 * Tokenizes stories for the index now, so that indexing them later on this thread (in the same
 * transaction that stores them) only looks the tokens up. Call clearSearchTokens afterwards.
 */
export function primeSearchTokens(stories: IndexedFields[]): void {
  for (const { title, byline, body } of stories) {
    const text = `${byline ?? ''}\n${body}`
    const all = `${title}\n${text}`
    // Each folded on its own, as the SQL functions fold them: folding the whole once and
    // cutting it is not the same (a dotted İ makes lower-casing go character by character,
    // which loses the final sigma's context).
    textMemo.set(title, ftsTokens(foldText(title)))
    textMemo.set(text, ftsTokens(foldText(text)))
    charsMemo.set(all, ftsChars(foldText(all)))
  }
}

/** Drops tokens primed and not used (a story stored differently from how it was primed). */
export function clearSearchTokens(): void {
  textMemo.clear()
  charsMemo.clear()
}

/**
 * Registers the tokenizer functions that indexing queued stories calls in SQL (every
 * connection registers them; the triggers on stories need none, they only queue).
 */
export function registerSearchFunctions(db: Database): void {
  db.function(FTS_TEXT_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? fromMemo(textMemo, text, () => ftsTokens(foldText(text))) : '',
  )
  db.function(FTS_CHARS_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? fromMemo(charsMemo, text, () => ftsChars(foldText(text))) : '',
  )
}
