import type { TagRef } from '../../../../shared/annotations'

/** A tag as a small coloured pill; with onRemove it carries a × button. */
export const TagChip = ({
  tag,
  onRemove,
  removeLabel,
}: {
  tag: TagRef
  onRemove?: () => void
  removeLabel?: string
}) => (
  <span className={`tag-chip tag-chip--${tag.color}`} data-testid="tag-chip">
    {tag.name}
    {onRemove && (
      <button type="button" className="tag-chip-remove" aria-label={removeLabel} onClick={onRemove}>
        ×
      </button>
    )}
  </span>
)
