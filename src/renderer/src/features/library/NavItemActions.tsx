import { IconButton } from '../../ui/IconButton'

interface NavItemActionsProps {
  renameLabel: string
  deleteLabel: string
  onRename: () => void
  onDelete: () => void
  /** Opens the Export dialog on this tag or collection. */
  exportLabel?: string
  onExport?: () => void
}

/** Export, rename and delete buttons shown beside a tag or collection on hover and focus. */
export const NavItemActions = ({
  renameLabel,
  deleteLabel,
  onRename,
  onDelete,
  exportLabel,
  onExport,
}: NavItemActionsProps) => (
  <span className="nav-item-actions">
    {onExport && exportLabel && (
      <IconButton icon="article" label={exportLabel} onClick={onExport} />
    )}
    <IconButton icon="pencil" label={renameLabel} onClick={onRename} />
    <IconButton icon="trash" label={deleteLabel} onClick={onDelete} />
  </span>
)
