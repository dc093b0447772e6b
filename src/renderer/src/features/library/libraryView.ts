import type { StoryListQuery } from '../../../../shared/contract'
import type { SourceId } from '../../../../shared/ids'

/** What the library pane has selected: every story, the unread ones, or one page. */
export type LibraryView =
  { kind: 'all' } | { kind: 'unread' } | { kind: 'source'; sourceId: SourceId }

/** The story-list request for a library selection and an order. */
export const viewQuery = (view: LibraryView, sort: StoryListQuery['sort']): StoryListQuery => {
  if (view.kind === 'unread') return { isUnread: true, sort }
  if (view.kind === 'source') return { sourceId: view.sourceId, sort }
  return { sort }
}

/** True when two selections are the same. */
export const isSameView = (a: LibraryView, b: LibraryView): boolean =>
  a.kind === b.kind && (a.kind !== 'source' || (b.kind === 'source' && a.sourceId === b.sourceId))
