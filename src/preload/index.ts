import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import type { Result } from '../shared/contract'
import { buildApi } from './buildApi'

// Runs sandboxed with context isolation: the page sees only the frozen api object, never
// ipcRenderer, and listeners get the payload, never the IPC event (which carries `sender`).

const api = buildApi(
  (channel, args) =>
    ipcRenderer.invoke(channel, ...args).catch((error: unknown): Result<never> => ({
      ok: false,
      error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
    })),
  (event, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  },
)

contextBridge.exposeInMainWorld('api', api)
