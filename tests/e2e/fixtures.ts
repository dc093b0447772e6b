import { test as base, expect } from '@playwright/test'
import { InkstonePage } from './pages/InkstonePage'
import { startServer } from './startServer'
import type { WebServer } from './startServer'

interface Fixtures {
  /** A fresh library and bridge server for this test only. */
  server: WebServer
  /** The reader, opened on the server's address and showing the seed stories. */
  inkstone: InkstonePage
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const server = await startServer()
    try {
      await use(server)
    } finally {
      await server.stop()
    }
  },
  inkstone: async ({ page, server }, use) => {
    const inkstone = new InkstonePage(page)
    await inkstone.open(server.url)
    await use(inkstone)
  },
})

export { expect }
