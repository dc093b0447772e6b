import { CHANNELS, EVENTS, eventMethodName, methodName } from '../../../shared/contract'
import type { Api, Channel, ErrorCode, EventName, Events, Result } from '../../../shared/contract'

// The one module that reaches the outside world. In Electron the preload has put `window.api`
// on the page; in a plain browser (web mode, end-to-end tests) we build the same object over
// the loopback bridge, so nothing else in the renderer knows which of the two it talks to.

type Listener = (payload: unknown) => void

const tokenFromUrl = (): string => new URLSearchParams(window.location.search).get('token') ?? ''

const failure = (message: string, code: ErrorCode = 'UNAVAILABLE'): Result<never> => ({
  ok: false,
  error: { code, message },
})

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'

// A request refused with the page's token: when the server now refuses the page itself too, it
// was restarted with a new token (--new-token), and loading the page again shows the server's
// explanation of how to get the new address instead of a library that only fails.
let isReloading = false
const reloadIfTokenRevoked = async (): Promise<void> => {
  if (isReloading) return
  const page = await fetch(window.location.href, { method: 'HEAD', cache: 'no-store' }).catch(
    () => null,
  )
  if (page?.status !== 401 || isReloading) return
  isReloading = true
  window.location.reload()
}

// Writes a page makes as it is being left (the reading position, the session): sent with
// keepalive, so the browser finishes them after a reload or a closed tab has torn the page down.
// Only these few, and only small: keepalive bodies share a 64 KB budget per page, past which
// the browser refuses the request outright.
const KEEPALIVE_MAX_BYTES = 16 * 1024
const KEEPALIVE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'stories:saveProgress',
  'settings:update',
])

const postRequest = async (
  token: string,
  channel: Channel,
  args: unknown[],
): Promise<Result<unknown>> => {
  try {
    const body = JSON.stringify({ args })
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Inkstone-Token': token },
      body,
      keepalive: KEEPALIVE_CHANNELS.has(channel) && body.length < KEEPALIVE_MAX_BYTES,
    })
    if (response.status === 403) void reloadIfTokenRevoked()
    const reply: unknown = await response.json().catch(() => null)
    if (isResult(reply)) return reply
    // A 413 without our JSON (a proxy, a cut connection) still means the request was too big.
    return failure(`HTTP ${response.status}`, response.status === 413 ? 'TOO_LARGE' : 'UNAVAILABLE')
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error))
  }
}

// One EventSource for every subscription: the browser reconnects it by itself when the
// bridge restarts, and each event name gets its DOM listener only once.
const createEventHub = (token: string) => {
  const listeners = new Map<EventName, Set<Listener>>()
  let source: EventSource | null = null

  const ensureSource = (): EventSource => {
    if (source) return source
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`)
    for (const name of EVENTS) {
      source.addEventListener(name, (event) => {
        let payload: unknown
        try {
          payload = JSON.parse((event as MessageEvent<string>).data)
        } catch {
          return
        }
        for (const listener of listeners.get(name) ?? []) listener(payload)
      })
    }
    return source
  }

  return (name: EventName, listener: Listener): (() => void) => {
    ensureSource()
    const set = listeners.get(name) ?? new Set<Listener>()
    set.add(listener)
    listeners.set(name, set)
    return () => {
      set.delete(listener)
    }
  }
}

const createWebApi = (): Api => {
  const token = tokenFromUrl()
  const subscribe = createEventHub(token)
  const api: Record<string, unknown> = {}
  for (const channel of CHANNELS) {
    api[methodName(channel)] = (...args: unknown[]) => postRequest(token, channel, args)
  }
  for (const name of EVENTS) {
    api[eventMethodName(name)] = (listener: (payload: Events[typeof name]) => void) =>
      subscribe(name, listener as Listener)
  }
  return api as Api
}

const desktopApi = (window as unknown as { api?: Api }).api

/** The contract's functions, from the preload in Electron or over HTTP in web mode. */
export const api: Api = desktopApi ?? createWebApi()

/** True inside the desktop app (the preload's api), false in a browser (web mode). */
export const isDesktop: boolean = desktopApi !== undefined
