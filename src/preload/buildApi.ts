import { CHANNELS, EVENTS, eventMethodName, methodName } from '../shared/contract'
import type { Api, Channel, EventName, Result } from '../shared/contract'

/** Sends one request to main and resolves with its Result. */
export type Invoke = (channel: Channel, args: unknown[]) => Promise<Result<unknown>>
/** Listens to one event, handing over only its payload; returns the unsubscribe. */
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void

/**
 * Builds window.api from the contract's lists: one function per channel, one subscription per
 * event, and nothing else; no generic invoke ever reaches the page.
 */
export const buildApi = (invoke: Invoke, subscribe: Subscribe): Api => {
  const api: Record<string, unknown> = {}
  for (const channel of CHANNELS) {
    api[methodName(channel)] = (...args: unknown[]) => invoke(channel, args)
  }
  for (const event of EVENTS) {
    api[eventMethodName(event)] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') {
        throw new TypeError(`${eventMethodName(event)} needs a function`)
      }
      return subscribe(event, listener)
    }
  }
  return Object.freeze(api) as Api
}
