import { isCouplet, isSubtitle } from '../text/headingCues'
import { joinLines } from '../text/joinLines'
import type { Line } from '../text/readLines'

const OVERFLOW = 1

/**
 * Groups headline lines into the lines the headline was printed in: on a column narrower than
 * the headline, the wrap breaks one printed line into several (清河县总工会召开…事迹座 / 谈会),
 * and a line that reaches the column (not beyond) is carried on by the next unless that one is
 * a subtitle.
 */
export function headlineRows(lines: readonly Line[]): Line[][] {
  const rows: Line[][] = []
  for (const line of lines) {
    const row = rows.at(-1)
    const above = row?.at(-1)
    // A line wider than the column was set wider on purpose, not wrapped.
    // A couplet (聚焦产业工人 打造技能强市) is a whole printed line, whatever its width.
    const isWrapped =
      above !== undefined &&
      above.isFull &&
      above.width <= (above.column ?? 0) + OVERFLOW &&
      !isCouplet(above.text)
    const isCarried = isWrapped && (above as Line).index < line.index
    if (row && isCarried && !isSubtitle(line.text)) row.push(line)
    else rows.push([line])
  }
  return rows
}

/** The text of each printed headline line, its wrapped pieces joined. */
export const headlineTexts = (lines: readonly Line[]): string[] =>
  headlineRows(lines).map((row) => joinLines(row.map((line) => line.text)))
