import { startWebServer } from './startWebServer'
import type { WebServer, WebServerOptions } from './startWebServer'
import { chooseToken, readWebSettings, saveWebSettings } from './webSettings'

/** Options for a web-mode start that keeps its address in the library folder. */
export interface SavedAddressOptions extends Omit<WebServerOptions, 'token'> {
  /** Where web.json lives (the library folder). */
  libraryDir: string
  /** A port asked for on the command line (0: any free one); the saved one otherwise. */
  port?: number
  /** Replaces the saved token, so addresses handed out before stop working. */
  isNewToken?: boolean
}

/** A started server and what changed about its address since the last start. */
export interface SavedAddressStart {
  server: WebServer
  isTokenNew: boolean
  /** The saved port was taken by another program, so another one was picked (and saved). */
  isPortMoved: boolean
}

const isAddressInUse = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE'

/**
 * Starts web mode on the address saved in the library folder, so an open tab (and its
 * bookmark) keeps working across restarts: the same port when it is free, else a free one, and
 * the same token unless a new one is asked for. The address used is saved for the next start.
 */
export const listenOnSavedAddress = async (
  options: SavedAddressOptions,
): Promise<SavedAddressStart> => {
  const { libraryDir, isNewToken, port: portOption, ...serverOptions } = options
  const saved = readWebSettings(libraryDir)
  const token = chooseToken(saved, isNewToken ?? false)
  const wanted = portOption ?? saved?.port ?? 0
  const start = (port: number) => startWebServer({ ...serverOptions, port, token })
  let server: WebServer
  let isPortMoved = false
  try {
    server = await start(wanted)
  } catch (error) {
    // A port named on the command line is the user's choice: say it is taken rather than move.
    if (portOption !== undefined || wanted === 0 || !isAddressInUse(error)) throw error
    server = await start(0)
    isPortMoved = true
  }
  if (saved?.port !== server.port || saved.token !== token) {
    saveWebSettings(libraryDir, { port: server.port, token })
  }
  return { server, isTokenNew: saved !== null && saved.token !== token, isPortMoved }
}
