import { useCallback, useEffect, useRef, useState } from 'react'
import type { StoryId } from '../../../../shared/ids'
import { usePrint } from '../print/usePrint'
import { FILE_COMMANDS, type FileCommand } from './FileMenu'
import { onExportRequest, type ExportTarget } from './exportBus'

/** The dialogs of the File menu (print has none: it goes straight to the printout). */
export type TransferDialog = 'export' | 'backup' | 'restore' | 'import-annotations'

const NO_SESSIONS: Record<TransferDialog, number> = {
  export: 0,
  backup: 0,
  restore: 0,
  'import-annotations': 0,
}

/**
 * The File menu's state: which dialog is open and on what, and the printout. Each opening of a
 * dialog is a new session (its key), so it starts at its first step rather than at the last
 * report; the other dialogs keep theirs, so closing one restores focus as the browser does.
 */
export const useFileCommands = (openId: StoryId | null) => {
  const printer = usePrint(openId)
  const [open, setOpen] = useState<TransferDialog | null>(null)
  const [target, setTarget] = useState<ExportTarget | null>(null)
  const [sessions, setSessions] = useState(NO_SESSIONS)

  const show = useCallback((dialog: TransferDialog) => {
    setSessions((current) => ({ ...current, [dialog]: current[dialog] + 1 }))
    setOpen(dialog)
  }, [])
  const showExport = useCallback(
    (next: ExportTarget) => {
      setTarget(next)
      show('export')
    },
    [show],
  )

  const openRef = useRef(openId)
  useEffect(() => {
    openRef.current = openId
  }, [openId])
  useEffect(
    () =>
      onExportRequest((ask) => {
        if (ask !== 'openStory') return showExport(ask)
        const id = openRef.current
        if (id !== null) showExport({ scope: { kind: 'stories', ids: [id] } })
      }),
    [showExport],
  )

  const run = useCallback(
    (command: FileCommand) => {
      if (command === 'print') printer.print()
      else if (command === 'save-pdf') printer.savePdf()
      else if (command === 'export') showExport({ scope: { kind: 'all' } })
      else show(command)
    },
    [printer, show, showExport],
  )

  const close = useCallback(() => setOpen(null), [])
  // The desktop File menu sends the same commands as the top bar's menu.
  const menuCommands = Object.fromEntries(
    FILE_COMMANDS.map((command) => [command, () => run(command)]),
  ) as Record<FileCommand, () => void>
  return { open, target, sessions, show, close, run, menuCommands, printingId: printer.printingId }
}

/** What the File menu's dialogs need from the shell. */
export type FileCommands = ReturnType<typeof useFileCommands>
