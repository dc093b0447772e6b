import './states.css'

/** A quiet placeholder while data loads: a few shimmering lines and a label for screen readers. */
export const LoadingState = ({ label, lines = 3 }: { label: string; lines?: number }) => (
  <div className="loading-state" role="status" aria-live="polite">
    <span className="visually-hidden">{label}</span>
    {Array.from({ length: lines }, (_, index) => (
      <div key={index} className="skeleton-block" aria-hidden="true">
        <div className="skeleton-line skeleton-line--title" />
        <div className="skeleton-line" />
        <div className="skeleton-line skeleton-line--short" />
      </div>
    ))}
  </div>
)
