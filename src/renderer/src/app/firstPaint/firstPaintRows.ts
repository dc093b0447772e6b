import type { StoryId } from '../../../../shared/ids'
import type { StorySummary } from '../../../../shared/types'
import { displaySourceName } from '../../features/library/displaySourceName'
// The rows' own styles, in the first script's stylesheet so the first paint has them.
import '../../ui/listbox.css'
import '../../features/stories/stories.css'

/** An element with a class and, optionally, its text (set as text: headlines are the reader's). */
export const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag)
  if (className !== '') node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

// What a row shows beside its headline (StoryRow): its reading progress, and its marks. The
// icons and the translated words (the photo label, the marks' names) come with the app.
const marksOf = (story: StorySummary): HTMLElement | null => {
  if (story.tags.length === 0 && !story.isFavorite && story.highlightCount === 0 && !story.hasNote)
    return null
  const marks = element('p', 'story-row-marks')
  if (story.isFavorite) marks.append(element('span', 'story-row-star', '★'))
  if (story.highlightCount > 0)
    marks.append(element('span', 'story-row-count', String(story.highlightCount)))
  if (story.hasNote) marks.append(element('span', 'story-row-count'))
  for (const tag of story.tags)
    marks.append(element('span', `tag-chip tag-chip--${tag.color}`, tag.name))
  return marks
}

const progressOf = (story: StorySummary): HTMLElement | null => {
  if (story.progress <= 0.02 || story.progress >= 0.99 || story.isRead) return null
  const bar = element('span', 'story-row-progress')
  const done = element('span', '')
  done.style.width = `${Math.round(story.progress * 100)}%`
  bar.append(done)
  return bar
}

/**
 * One row of the story list as the app's StoryRow draws it, in its ListboxOption, with the
 * same classes (so the same styles and size): headline, page, byline, first line and marks.
 */
export const firstPaintRow = (
  story: StorySummary,
  options: { isSourceShown: boolean; openId: StoryId | null },
): HTMLElement => {
  const isOpen = story.id === options.openId
  const option = element('div', `listbox-option ${isOpen ? 'is-active is-open' : ''}`)
  option.dataset.storyId = story.id
  option.dataset.testid = 'first-paint-row'
  const row = element('div', `story-row ${story.isRead ? 'is-read' : 'is-unread'}`)
  const main = element('div', 'story-row-main')
  main.append(element('p', 'story-row-title', story.title))
  const meta = element('p', 'story-row-meta')
  if (options.isSourceShown)
    meta.append(element('span', 'story-row-source', displaySourceName(story.sourceName)))
  if (story.byline) meta.append(element('span', 'story-row-byline', story.byline))
  main.append(meta)
  if (story.excerpt) main.append(element('p', 'story-row-excerpt', story.excerpt))
  const marks = marksOf(story)
  if (marks) main.append(marks)
  row.append(element('span', 'story-row-check'), element('span', 'story-row-dot'), main)
  const progress = progressOf(story)
  if (progress) row.append(progress)
  option.append(row)
  return option
}
