import { dialog } from 'electron'
import { checkLibrary, isDamageError } from '../core/backup/libraryHealth'
import { recoverLibrary } from '../core/backup/recoverLibrary'

/**
 * Starts the app; when the library file is too damaged to open at all, says so in a native
 * dialog and offers the newest good backup (the damaged file is moved aside, never written to).
 * Declining quits with the file left as it was.
 */
export async function startOrRecover(start: () => void, libraryDir: string): Promise<void> {
  try {
    start()
    return
  } catch (error) {
    if (!isDamageError(error)) throw error
  }
  const health = checkLibrary(libraryDir)
  if (health.status === 'ok') return start()
  const detail = `${health.reason}\n\nLibrary: ${libraryDir}`
  if (health.backup === null) {
    dialog.showErrorBox(
      'The library file is damaged',
      `Inkstone has not changed it, and there is no backup to restore.\n\n${detail}`,
    )
    throw new Error(`the library file is damaged: ${health.reason}`)
  }
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'The library file is damaged',
    message: 'The library file is damaged. Inkstone has not changed it.',
    detail: `Restore the newest good backup (${health.backup.name}, ${health.backup.takenAt})? The damaged file is kept in the library folder.\n\n${detail}`,
    buttons: ['Restore the backup', 'Quit'],
    defaultId: 0,
    cancelId: 1,
  })
  if (response !== 0) throw new Error(`the library file is damaged: ${health.reason}`)
  recoverLibrary(libraryDir)
  start()
}
