import type { ServerResponse } from 'node:http'

/** How often an idle stream gets a comment line, so proxies and browsers keep it open. */
export const HEARTBEAT_MS = 15_000

/** Server-sent events to every open page: the web-mode twin of webContents.send. */
export interface EventStream {
  /** Takes over a response and keeps it open as an event stream. */
  attach(response: ServerResponse): void
  send(event: string, payload: unknown): void
  /** Ends every stream and stops the heartbeat. */
  close(): void
}

/** Creates the hub that fans events out to the pages listening on GET /events. */
export const createEventStream = (heartbeatMs = HEARTBEAT_MS): EventStream => {
  const clients = new Set<ServerResponse>()
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': heartbeat\n\n')
  }, heartbeatMs)
  // The heartbeat alone must not keep a finished process alive.
  heartbeat.unref()

  return {
    attach(response) {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store, no-transform',
        Connection: 'keep-alive',
        'X-Content-Type-Options': 'nosniff',
      })
      // Sent at once so the headers leave now and the page knows the stream is live.
      response.write('retry: 2000\n: connected\n\n')
      clients.add(response)
      response.on('close', () => clients.delete(response))
    },
    send(event, payload) {
      // JSON never contains a raw newline, so one data line always carries the whole payload.
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
      for (const client of clients) client.write(frame)
    },
    close() {
      clearInterval(heartbeat)
      for (const client of clients) client.end()
      clients.clear()
    },
  }
}
