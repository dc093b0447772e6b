import { ipcMain } from 'electron'
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../shared/contract'
import type { Result } from '../../shared/contract'
import { isRendererUrl } from './rendererUrl'
import type { HandlerTable } from '../handlers/handlers'
import { invokeChannel } from '../handlers/invokeChannel'

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'request from a page that is not Inkstone' },
}

// Only the top frame of our own window, showing our own page, may call main: a frame or a
// page reached by some navigation bug never gets the library.
const isTrustedSender = (
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  pageUrl: string,
): boolean => {
  const frame = event.senderFrame
  if (!window || window.isDestroyed() || !frame) return false
  if (event.sender.id !== window.webContents.id || frame.parent !== null) return false
  return isRendererUrl(frame.url, pageUrl)
}

/** Registers every contract channel with ipcMain through invokeChannel; returns the unregister. */
export const registerIpc = (
  table: HandlerTable,
  getWindow: () => BrowserWindow | null,
  pageUrl: string,
): (() => void) => {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      isTrustedSender(event, getWindow(), pageUrl)
        ? invokeChannel(table, channel, args)
        : forbidden,
    )
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel)
  }
}
