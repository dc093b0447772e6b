import { isOrgOnly, isSubtitle } from '../text/headingCues'
import { normaliseSpacing } from '../text/normaliseSpacing'

/**
 * Reads headline lines as one title: kicker and main line joined by a space, subtitles kept
 * after the main line (" ——…"). A kicker that is only an organisation's name goes first even
 * when the page printed it under the main line (交流… / 铜陵市总工会).
 */
export function composeTitle(lines: readonly string[]): string {
  const texts = lines.map((line) => normaliseSpacing(line)).filter((line) => line !== '')
  const mains = texts.filter((line) => !isSubtitle(line))
  const subtitles = texts.filter((line) => isSubtitle(line))
  if (mains.length === 2 && isOrgOnly(mains[1]) && !isOrgOnly(mains[0])) mains.reverse()
  if (mains.length === 0) return subtitles.map((line) => line.replace(/^[—–-]+\s*/, '')).join(' ')
  return [...mains, ...subtitles].join(' ')
}
