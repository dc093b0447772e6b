/** A row whose summary is still on its way: the shape of a story row, quiet, no spinner. */
export const StoryRowSkeleton = () => (
  <div
    className="story-row story-row--skeleton"
    data-testid="story-row-skeleton"
    aria-hidden="true"
  >
    <span className="story-row-dot" />
    <div className="story-row-main">
      <p className="story-row-title">
        <span className="skeleton-bar" style={{ width: '72%' }} />
      </p>
      <p className="story-row-meta">
        <span className="skeleton-bar" style={{ width: '30%' }} />
      </p>
      <p className="story-row-excerpt">
        <span className="skeleton-bar" style={{ width: '95%' }} />
        <span className="skeleton-bar" style={{ width: '60%' }} />
      </p>
    </div>
  </div>
)
