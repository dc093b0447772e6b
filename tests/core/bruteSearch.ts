import type { StoryId } from '../../src/shared/ids'
import { CJK_SCRIPTS } from '../../src/shared/text/cjk'
import { foldText } from '../../src/main/core/text/foldText'
import { parseQuery } from '../../src/main/core/search/parseQuery'

/** The searchable text of a story, as the store holds it. */
export interface StoryText {
  id: StoryId
  title: string
  byline: string | null
  body: string
}

// The matcher's rule, written again here without its code: a term whose first character belongs
// to a spaced-script word (Latin, digits...) must start a word; CJK matches anywhere.
const WORD_CHAR = `[[\\p{L}\\p{N}\\p{M}]--[${CJK_SCRIPTS}]]`
const STARTS_WORD = new RegExp(`^${WORD_CHAR}`, 'v')
const INDEXABLE = new RegExp(`[\\p{L}\\p{N}\\p{M}${CJK_SCRIPTS}]`, 'v')
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const patternOf = (term: string): RegExp => {
  // A space in a phrase stands for any run of whitespace (folded to spaces).
  const body = term.split(' ').map(escape).join(' +')
  return new RegExp(STARTS_WORD.test(term) ? `(?<!${WORD_CHAR})${body}` : body, 'v')
}

/**
 * The brute-force answer to a typed query (no filters): the ids, sorted, of every story whose
 * folded title, byline or body holds each included term and no excluded one. A query whose
 * included terms are all punctuation finds nothing, as in the app.
 */
export function bruteSearch(stories: Iterable<StoryText>, query: string): StoryId[] {
  const { include, exclude } = parseQuery(query)
  if (!include.some((term) => INDEXABLE.test(term))) return []
  const includes = include.map(patternOf)
  const excludes = exclude.map(patternOf)
  const found: StoryId[] = []
  for (const story of stories) {
    const fields = [story.title, story.byline ?? '', story.body].map(foldText)
    const holds = (pattern: RegExp): boolean => fields.some((field) => pattern.test(field))
    if (includes.every(holds) && !excludes.some(holds)) found.push(story.id)
  }
  return found.sort()
}
