import './states.css'

/** A thin determinate bar (indeterminate while `total` is 0). */
export const ProgressBar = ({
  done,
  total,
  label,
}: {
  done: number
  total: number
  label: string
}) => {
  const percent = total > 0 ? Math.round((done / total) * 100) : undefined
  return (
    <div
      className={`progress-bar ${percent === undefined ? 'progress-bar--indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      data-testid="import-progress"
    >
      <div
        className="progress-bar-fill"
        style={{ width: percent === undefined ? undefined : `${percent}%` }}
      />
    </div>
  )
}
