/** Quotes a string as one FTS5 phrase (doubling any quote inside). */
export const ftsPhrase = (text: string): string => `"${text.replace(/"/g, '""')}"`

/**
 * Joins required and excluded FTS5 expressions: `a b NOT (c OR d)`. Null when nothing is
 * required, since FTS5 cannot answer a query made only of NOT.
 */
export function ftsExpression(required: string[], excluded: string[]): string | null {
  if (required.length === 0) return null
  const all = required.map((each) => `(${each})`).join(' AND ')
  return excluded.length === 0 ? all : `(${all}) NOT (${excluded.join(' OR ')})`
}
