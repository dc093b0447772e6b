import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The file in the library folder that keeps web mode's address between starts. */
export const WEB_SETTINGS_FILE = 'web.json'

/** Web mode's address: the port it listens on and the token every request must carry. */
export interface WebSettings {
  port: number
  token: string
}

// 24 random bytes in base64url: 32 URL-safe characters, nothing to escape in the address.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,128}$/

/** A new random token. */
export const newToken = (): string => randomBytes(24).toString('base64url')

const isPort = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 65535

/**
 * The saved address, or null when there is none or it cannot be used (a damaged or hand-edited
 * file is replaced by a new address rather than stopping the server).
 */
export const readWebSettings = (libraryDir: string): WebSettings | null => {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(join(libraryDir, WEB_SETTINGS_FILE), 'utf8'))
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const { port, token } = parsed as Record<string, unknown>
  if (!isPort(port) || typeof token !== 'string' || !TOKEN_SHAPE.test(token)) return null
  return { port, token }
}

/**
 * Saves the address atomically, readable by its owner only: the token opens the whole library
 * to whoever holds it.
 */
export const saveWebSettings = (libraryDir: string, settings: WebSettings): void => {
  mkdirSync(libraryDir, { recursive: true })
  const file = join(libraryDir, WEB_SETTINGS_FILE)
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 })
  renameSync(temp, file)
}

/** What to listen with this start: the saved token unless a new one is asked for. */
export const chooseToken = (saved: WebSettings | null, isNewToken: boolean): string =>
  saved && !isNewToken ? saved.token : newToken()
