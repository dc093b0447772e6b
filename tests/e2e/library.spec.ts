import { expect, test } from './fixtures'

// The first story of the first seed page; the splitter may prefix its kicker (市总工会).
const KNOWN_HEADLINE = /开展富民强村帮促主题党日活动/

test('first run lists the seed stories', async ({ inkstone }) => {
  const { list, library } = inkstone
  await expect(list.count).toHaveText(/\d+/)
  expect(await list.storyCount()).toBeGreaterThan(20)
  await expect(list.option(KNOWN_HEADLINE)).toBeVisible()
  // Every seed page is listed in the library with its story count.
  await expect(library.getByTestId('source-list').getByRole('button')).toHaveCount(5)
  await inkstone.screenshot('library')
})

test('opening a story shows its headline and paragraphs', async ({ inkstone }) => {
  const { list, reader } = inkstone
  await list.option(KNOWN_HEADLINE).click()
  await expect(reader.headline).toHaveText(KNOWN_HEADLINE)
  await expect(reader.paragraphs.first()).toBeVisible()
  expect(await reader.paragraphs.count()).toBeGreaterThan(2)
  await expect(reader.paragraphs.first()).toContainText('孟滩村')
  await inkstone.screenshot('reader')
})

test('a source page filters the list to its own stories', async ({ inkstone }) => {
  const { list, library } = inkstone
  const all = await list.storyCount()
  const firstPage = library.getByTestId('source-list').getByRole('button').first()
  const pageCount = Number(await firstPage.locator('.nav-item-count').textContent())
  await firstPage.click()
  await expect(firstPage).toHaveAttribute('aria-current', 'page')
  await expect(list.count).toHaveText(new RegExp(`^${pageCount} `))
  expect(pageCount).toBeLessThan(all)
})

test('reaching the end marks a story read, and the button marks it unread again', async ({
  inkstone,
}) => {
  const { list, reader } = inkstone
  const option = list.option(KNOWN_HEADLINE)
  await option.click()
  await expect(reader.readToggle).toHaveText(/Mark as read/)
  await reader.scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight))
  await expect(reader.readToggle).toHaveText(/Mark as unread/)
  await expect(option.getByRole('img', { name: 'Read' })).toBeVisible()
  await reader.readToggle.click()
  await expect(reader.readToggle).toHaveText(/Mark as read/)
  await expect(option.getByRole('img', { name: 'Unread' })).toBeVisible()
})

test('the reading position is remembered per story', async ({ inkstone }) => {
  const { list, reader } = inkstone
  await list.option(KNOWN_HEADLINE).click()
  await expect(reader.headline).toHaveText(KNOWN_HEADLINE)
  const middle = await reader.scroller.evaluate((element) => {
    element.scrollTop = (element.scrollHeight - element.clientHeight) / 2
    return element.scrollTop
  })
  expect(middle).toBeGreaterThan(100)
  // Opening another story saves this one's position on the way out.
  await list.options.nth(1).click()
  await expect(reader.headline).not.toHaveText(KNOWN_HEADLINE)
  await list.option(KNOWN_HEADLINE).click()
  await expect(reader.headline).toHaveText(KNOWN_HEADLINE)
  await expect
    .poll(() => reader.scroller.evaluate((element) => element.scrollTop))
    .toBeGreaterThan(middle - 40)
})
