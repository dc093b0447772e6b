import { describe, expect, it } from 'vitest'
import { buildApi } from '../../src/preload/buildApi'
import type { Invoke, Subscribe } from '../../src/preload/buildApi'
import { CHANNELS, EVENTS, eventMethodName, methodName } from '../../src/shared/contract'
import type { Channel, EventName } from '../../src/shared/contract'

const recordingApi = () => {
  const calls: Array<{ channel: Channel; args: unknown[] }> = []
  const listeners = new Map<EventName, Array<(payload: unknown) => void>>()
  const invoke: Invoke = async (channel, args) => {
    calls.push({ channel, args })
    return { ok: true, value: channel }
  }
  const subscribe: Subscribe = (event, listener) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener])
    return () =>
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((entry) => entry !== listener),
      )
  }
  return { api: buildApi(invoke, subscribe), calls, listeners }
}

describe('buildApi (the preload surface)', () => {
  it('exposes exactly one method per channel and one subscription per event', () => {
    const { api } = recordingApi()
    const expected = [
      ...CHANNELS.map((c) => methodName(c)),
      ...EVENTS.map((e) => eventMethodName(e)),
    ]
    expect(Object.keys(api).sort()).toEqual(expected.sort())
    for (const key of Object.keys(api))
      expect(typeof (api as Record<string, unknown>)[key]).toBe('function')
  })

  it('has no generic invoke, send or ipcRenderer and cannot be extended by the page', () => {
    const { api } = recordingApi()
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync'])
      expect(name in api).toBe(false)
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('sends each method to its own channel with the arguments as given', async () => {
    const { api, calls } = recordingApi()
    for (const channel of CHANNELS) {
      const method = (api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[
        methodName(channel)
      ]
      await expect(method('a', 2)).resolves.toEqual({ ok: true, value: channel })
    }
    expect(calls.map((call) => call.channel)).toEqual([...CHANNELS])
    expect(
      calls.every((call) => call.args.length === 2 && call.args[0] === 'a' && call.args[1] === 2),
    ).toBe(true)
  })

  it('hands listeners only the payload and returns a working unsubscribe', () => {
    const { api, listeners } = recordingApi()
    const seen: unknown[] = []
    const unsubscribe = api.onImportProgress((payload) => seen.push(payload))
    listeners
      .get('import:progress')
      ?.forEach((listener) => listener({ done: 1, total: 2, path: 'a.txt' }))
    expect(seen).toEqual([{ done: 1, total: 2, path: 'a.txt' }])
    unsubscribe()
    expect(listeners.get('import:progress')).toEqual([])
  })

  it('refuses a subscription without a function', () => {
    const { api } = recordingApi()
    expect(() => api.onLibraryChanged(undefined as unknown as () => void)).toThrow(TypeError)
  })
})
