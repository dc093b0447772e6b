import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EditableTitle } from '../corrections/EditableTitle'
import { AnnotatedText, type LocalHighlight } from '../highlights/AnnotatedText'
import { hasHan } from '../../../../shared/text/cjk'
import type { Story } from '../../../../shared/types'
import { HighlightedText } from '../../ui/HighlightedText'
import { Icon } from '../../ui/Icon'
import { PageLabel } from '../library/PageLabel'
import type { ArticleBlocks } from './articleBlocks'

interface StoryArticleProps {
  story: Story
  blocks: ArticleBlocks
  currentMatch: number | undefined
  highlights: LocalHighlight[][]
  onHighlightClick: (id: string, element: HTMLElement) => void
  onSplit: (paragraphIndex: number) => void
  isTitleEditing: boolean
  onTitleEditDone: () => void
  tagsBar: ReactNode
}

/** The story itself, typeset for long-form Chinese reading. */
export const StoryArticle = (props: StoryArticleProps) => {
  const { story, blocks, currentMatch } = props
  const { t } = useTranslation()
  const { title, byline, paragraphs } = blocks
  // Marking the text's language lets the browser pick Simplified Chinese glyphs and line breaking.
  const lang = hasHan(story.title + story.body.slice(0, 200)) ? 'zh-CN' : undefined
  // Once per story, not twice per paragraph: opening a story renders every paragraph at once.
  const splitLabel = t('annotate.splitHere')

  return (
    <article className="story" lang={lang} data-testid="story-article">
      <header className="story-header">
        <p className="story-kicker">
          <span className="story-source">
            <PageLabel sourceId={story.sourceId} fileName={story.sourceName} />
          </span>
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
          <EditableTitle
            story={story}
            isEditing={props.isTitleEditing}
            onDone={props.onTitleEditDone}
          >
            <HighlightedText {...title} currentMatch={currentMatch} />
          </EditableTitle>
        </h1>
        {byline && (
          <p className="story-byline">
            <HighlightedText {...byline} currentMatch={currentMatch} />
          </p>
        )}
        {props.tagsBar}
      </header>
      <div className="story-body">
        {paragraphs.map((paragraph, index) => (
          <p key={index} data-paragraph={index}>
            {index > 0 && (
              <button
                type="button"
                className="icon-button split-here"
                aria-label={splitLabel}
                title={splitLabel}
                contentEditable={false}
                // Out of the tab order (one per paragraph would bury the rest of the page);
                // the keyboard splits with Shift+S at the caret instead.
                tabIndex={-1}
                onClick={() => props.onSplit(index)}
                data-testid="split-here"
              >
                {/* Drawn by CSS (.split-icon), not an inline <svg> per paragraph: fewer
                    elements to create and lay out when a story opens. */}
                <span className="split-icon" aria-hidden="true" />
              </button>
            )}
            <AnnotatedText
              {...paragraph}
              currentMatch={currentMatch}
              highlights={props.highlights[index] ?? []}
              onHighlightClick={props.onHighlightClick}
            />
          </p>
        ))}
      </div>
      <p className="story-end" aria-hidden="true">
        ◆
      </p>
    </article>
  )
}
