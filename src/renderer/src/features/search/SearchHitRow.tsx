import { useTranslation } from 'react-i18next'
import type { SearchHit } from '../../../../shared/types'
import { HighlightedText } from '../../ui/HighlightedText'
import { displaySourceName } from '../library/displaySourceName'
import './search.css'

/** One search result: headline, page and a snippet with the match marked. */
export const SearchHitRow = ({ hit }: { hit: SearchHit }) => {
  const { t } = useTranslation()
  return (
    <div className="search-hit" data-testid="search-hit">
      <p className="search-hit-title">{hit.title}</p>
      <p className="search-hit-meta">
        <span>{displaySourceName(hit.source)}</span>
        {hit.isTitleMatch && <span className="search-hit-badge">{t('search.titleMatch')}</span>}
      </p>
      <p className="search-hit-snippet">
        <HighlightedText text={hit.snippet} ranges={hit.snippetMatches} />
      </p>
    </div>
  )
}
