import { useTranslation } from 'react-i18next'
import type { Story } from '../../../../shared/types'
import { HighlightedText } from '../../ui/HighlightedText'
import { Icon } from '../../ui/Icon'
import { displaySourceName } from '../library/displaySourceName'
import type { ArticleBlocks } from './articleBlocks'

interface StoryArticleProps {
  story: Story
  blocks: ArticleBlocks
  currentMatch: number | undefined
}

const hasCjk = (text: string): boolean => /[\u3400-\u9fff\uf900-\ufaff]/.test(text)

/** The story itself, typeset for long-form Chinese reading. */
export const StoryArticle = ({ story, blocks, currentMatch }: StoryArticleProps) => {
  const { t } = useTranslation()
  const { title, byline, paragraphs } = blocks
  // Marking the text's language lets the browser pick Simplified Chinese glyphs and line breaking.
  const lang = hasCjk(story.title + story.body.slice(0, 200)) ? 'zh-CN' : undefined

  return (
    <article className="story" lang={lang} data-testid="story-article">
      <header className="story-header">
        <p className="story-kicker">
          <span className="story-source">{displaySourceName(story.sourceName)}</span>
          {story.kind === 'photo' && (
            <span className="story-kind">
              <Icon name="photo" size={14} />
              {t('reader.photoStory')}
            </span>
          )}
        </p>
        <h1
          className="story-title"
          title={story.isTitleDerived ? t('reader.derivedTitle') : undefined}
        >
          <HighlightedText {...title} currentMatch={currentMatch} />
        </h1>
        {byline && (
          <p className="story-byline">
            <HighlightedText {...byline} currentMatch={currentMatch} />
          </p>
        )}
      </header>
      <div className="story-body">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>
            <HighlightedText {...paragraph} currentMatch={currentMatch} />
          </p>
        ))}
      </div>
      <p className="story-end" aria-hidden="true">
        ◆
      </p>
    </article>
  )
}
