import { IconButton } from '../../ui/IconButton'

interface NavItemActionsProps {
  renameLabel: string
  deleteLabel: string
  onRename: () => void
  onDelete: () => void
}

/** Rename and delete buttons shown beside a tag or collection on hover and focus. */
export const NavItemActions = ({
  renameLabel,
  deleteLabel,
  onRename,
  onDelete,
}: NavItemActionsProps) => (
  <span className="nav-item-actions">
    <IconButton icon="pencil" label={renameLabel} onClick={onRename} />
    <IconButton icon="trash" label={deleteLabel} onClick={onDelete} />
  </span>
)
