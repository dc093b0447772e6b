import { BackupDialog } from '../backup/BackupDialog'
import { RestoreDialog } from '../backup/RestoreDialog'
import { MountOnceOpen } from '../../ui/MountOnceOpen'
import { ExportDialog } from './ExportDialog'
import { ImportAnnotationsDialog } from './ImportAnnotationsDialog'
import type { FileCommands } from './useFileCommands'

/** The File menu's dialogs: export, back up, restore and import annotations. */
export const TransferDialogs = ({
  files,
  isDesktop,
}: {
  files: FileCommands
  isDesktop: boolean
}) => (
  <>
    <MountOnceOpen isOpen={files.open === 'export'}>
      <ExportDialog
        key={`export-${files.sessions.export}`}
        isOpen={files.open === 'export'}
        target={files.target}
        isDesktop={isDesktop}
        onClose={files.close}
      />
    </MountOnceOpen>
    <MountOnceOpen isOpen={files.open === 'backup'}>
      <BackupDialog
        key={`backup-${files.sessions.backup}`}
        isOpen={files.open === 'backup'}
        isDesktop={isDesktop}
        onClose={files.close}
        onRestoreInstead={() => files.show('restore')}
      />
    </MountOnceOpen>
    <MountOnceOpen isOpen={files.open === 'restore'}>
      <RestoreDialog
        key={`restore-${files.sessions.restore}`}
        isOpen={files.open === 'restore'}
        isDesktop={isDesktop}
        onClose={files.close}
      />
    </MountOnceOpen>
    <MountOnceOpen isOpen={files.open === 'import-annotations'}>
      <ImportAnnotationsDialog
        key={`annotations-${files.sessions['import-annotations']}`}
        isOpen={files.open === 'import-annotations'}
        onClose={files.close}
      />
    </MountOnceOpen>
  </>
)
