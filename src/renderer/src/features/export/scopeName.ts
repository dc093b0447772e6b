import type { TFunction } from 'i18next'
import type { ExportTarget } from './exportBus'

/** What an export is of, in words: "Collection “周末阅读”", "3 selected stories", "The whole library". */
export const scopeName = (
  t: TFunction,
  target: ExportTarget,
  storyTitle: string | null,
): string => {
  const name = target.name ?? ''
  switch (target.scope.kind) {
    case 'all':
      return t('transfer.export.scopeAll')
    case 'collection':
      return t('transfer.export.scopeCollection', { name })
    case 'tag':
      return t('transfer.export.scopeTag', { name })
    case 'query':
      return t('transfer.export.scopeQuery', { name: target.scope.text })
    case 'stories': {
      const title = target.name ?? storyTitle
      return target.scope.ids.length === 1 && title
        ? t('transfer.export.scopeStory', { name: title })
        : t('transfer.export.scopeStories', { count: target.scope.ids.length })
    }
  }
}
