import { useTranslation } from 'react-i18next'
import { IconButton } from '../../ui/IconButton'
import type { MatchNavigation } from './useMatchNavigation'

/** "2 / 7" with previous/next buttons for the search matches in the open story. */
export const MatchNavigator = ({ navigation }: { navigation: MatchNavigation }) => {
  const { t } = useTranslation()
  const { current, total, next, previous } = navigation
  return (
    <div className="match-navigator" role="group" aria-label={t('reader.matches')}>
      <span className="match-counter" aria-live="polite" data-testid="match-counter">
        {total === 0
          ? t('reader.noMatches')
          : t('reader.matchCounter', { current: current + 1, total })}
      </span>
      <IconButton
        icon="up"
        label={t('reader.previousMatch')}
        onClick={previous}
        disabled={total === 0}
      />
      <IconButton icon="down" label={t('reader.nextMatch')} onClick={next} disabled={total === 0} />
    </div>
  )
}
