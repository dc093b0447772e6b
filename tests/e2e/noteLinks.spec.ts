import { Annotations } from './pages/Annotations'
import { expect, test } from './fixtures'

const QUOTE = '疗休养活动'

test('a link in a story note or a highlight note opens a new tab and leaves the reader where it was', async ({
  inkstone,
  page,
  context,
}) => {
  // The links' targets never reach the network: the opened tabs get a stand-in page.
  await context.route('https://example.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>outside</title>' }),
  )
  const notes = new Annotations(page)
  await inkstone.search('疗休养')
  await inkstone.list.hits.filter({ hasText: '淮南' }).click()
  await inkstone.search('')
  await notes.select(QUOTE)
  await notes.toolbar.getByTestId('highlight-note').click()
  await notes.noteInput.fill('见[出处](https://example.com/highlight-note)')
  await notes.popover.getByTestId('highlight-save').click()
  await expect(notes.mark(QUOTE)).toHaveClass(/has-note/)
  await page.getByTestId('toggle-panel').click()
  await page.getByTestId('note-edit').click()
  await page.getByTestId('note-input').fill('[原文](https://example.com/story-note)')
  await page.getByTestId('note-save').click()

  const readerUrl = page.url()
  const headline = await inkstone.reader.headline.textContent()
  for (const [link, target] of [
    [page.getByTestId('note-rendered').getByRole('link', { name: '原文' }), 'story-note'],
    [notes.panel.getByRole('link', { name: '出处' }), 'highlight-note'],
  ] as const) {
    const opened = context.waitForEvent('page', { timeout: 10_000 })
    await link.click()
    const tab = await opened
    await expect(tab).toHaveURL(`https://example.com/${target}`)
    await tab.close()
    expect(page.url()).toBe(readerUrl)
    await expect(inkstone.reader.headline).toHaveText(headline ?? '')
  }

  // With the notes panel open at 1280 px the library docks out to keep the column readable.
  await page.getByTestId('toggle-library').click()
  await page.getByTestId('nav-highlights').click()
  const opened = context.waitForEvent('page', { timeout: 10_000 })
  await notes.highlightRows.first().getByRole('link', { name: '出处' }).click()
  await (await opened).close()
  expect(page.url()).toBe(readerUrl)
  await expect(notes.highlightRows).toHaveCount(1)
})
