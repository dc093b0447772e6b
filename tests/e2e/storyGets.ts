import type { Page } from '@playwright/test'

/** Counts the page's stories:get requests, by story id, from now on. */
export const storyGets = (page: Page): { of: (id: string) => number; ids: () => string[] } => {
  const ids: string[] = []
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/stories:get')) return
    const body = JSON.parse(request.postData() ?? '{}') as { args?: unknown[] }
    ids.push(String(body.args?.[0]))
  })
  return { of: (id) => ids.filter((item) => item === id).length, ids: () => [...ids] }
}
