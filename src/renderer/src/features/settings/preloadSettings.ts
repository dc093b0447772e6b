import type { Result, Settings } from '../../../../shared/contract'
import { api } from '../../data/api'

let request: Promise<Result<Settings>> | null = null
let answer: Result<Settings> | undefined

/**
 * Asks for the stored settings as the script starts, so the first render already has the
 * reader's theme, language and layout (and is not rendered again when they arrive).
 */
export const preloadSettings = (): Promise<Result<Settings>> => {
  request ??= api.settingsGet().then((result) => (answer = result))
  return request
}

/** The preloaded answer once it is in (undefined before, or without a preload). */
export const preloadedSettings = (): Result<Settings> | undefined => answer

/** The preloaded request if one was made, else a new one. */
export const loadSettings = (): Promise<Result<Settings>> => request ?? api.settingsGet()
