import { statSync, writeFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { BackupDialogs } from './pages/BackupDialogs'
import { ReaderHighlights } from './pages/ReaderHighlights'

const KEPT = '疗休养活动'
const NOTE = '备份前的笔记'

test('back up, change the library, merge the backup back: nothing is lost either way', async ({
  inkstone,
  page,
}) => {
  const reader = new ReaderHighlights(page, inkstone)
  const files = new BackupDialogs(page)
  await reader.openBySearch('疗休养', '淮南')
  await reader.highlightWithNote(KEPT, NOTE)

  const download = await files.downloadBackup()
  await expect(files.backupResult).toContainText('1 highlight')
  await expect(files.backupResult).toContainText(download.suggestedFilename())
  expect(download.suggestedFilename()).toMatch(/\.inkstone-backup$/)
  const backup = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(backup)
  expect(statSync(backup).size).toBeGreaterThan(0)
  await files.backup.getByRole('button', { name: 'Done' }).click()

  // After the backup: one highlight deleted, another added.
  await reader.deleteHighlight(KEPT)
  await expect(reader.notes.marks).toHaveCount(0)
  const added = (await inkstone.reader.paragraphs.first().innerText()).slice(2, 8)
  await reader.highlight(added)

  await files.pickBackup(backup)
  await expect(files.restorePreview).toBeVisible()
  await expect(files.cell(files.restorePreview, 'highlights', 'added')).toHaveText('1')
  await inkstone.screenshot('restore-preview')
  // A dry run changes nothing.
  await expect(reader.notes.marks).toHaveCount(1)

  await files.restore.getByTestId('restore-merge').click()
  await expect(
    files.restore.getByRole('heading', { name: 'Backup merged into the library' }),
  ).toBeVisible()
  await expect(files.cell(files.restoreReport, 'highlights', 'added')).toHaveText('1')
  await files.restore.getByTestId('restore-done').click()

  await expect(reader.notes.mark(KEPT)).toHaveClass(/has-note/)
  await expect(reader.notes.mark(added)).toBeVisible()
  await page.getByTestId('nav-highlights').click()
  await expect(reader.notes.highlightRows).toHaveCount(2)
})

test('replace the library with a backup after confirming, with a safety backup taken first', async ({
  inkstone,
  page,
}) => {
  const reader = new ReaderHighlights(page, inkstone)
  const files = new BackupDialogs(page)
  await reader.openBySearch('疗休养', '淮南')
  await reader.highlightWithNote(KEPT, NOTE)
  const download = await files.downloadBackup()
  const backup = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(backup)
  await files.backup.getByRole('button', { name: 'Done' }).click()

  const later = (await inkstone.reader.paragraphs.first().innerText()).slice(2, 8)
  await reader.highlight(later)
  await expect(reader.notes.marks).toHaveCount(2)

  await files.pickBackup(backup)
  await files.restore.getByTestId('restore-replace').click()
  await expect(files.restoreConfirm).toContainText('safety backup')
  // Back is where focus waits: replacing takes a deliberate second choice.
  await expect(files.restore.getByRole('button', { name: 'Back' })).toBeFocused()
  await files.restore.getByTestId('restore-confirm-replace').click()
  await expect(
    files.restore.getByRole('heading', { name: 'Library replaced by the backup' }),
  ).toBeVisible()
  await expect(files.restoreReport).toContainText('before-restore')
  await files.restore.getByTestId('restore-done').click()

  await expect(reader.notes.mark(KEPT)).toHaveClass(/has-note/)
  await expect(reader.notes.marks).toHaveCount(1)
})

test('a file that is not a backup is refused with its name, and nothing changes', async ({
  inkstone,
  page,
}) => {
  const files = new BackupDialogs(page)
  const count = await inkstone.list.storyCount()
  const notBackup = test.info().outputPath('notes.inkstone-backup')
  writeFileSync(notBackup, '这不是备份文件')
  await files.pickBackup(notBackup)
  await expect(files.restore.getByTestId('restore-error')).toContainText('notes.inkstone-backup')
  await expect(files.restore.getByTestId('restore-choose')).toBeFocused()
  await files.restore.getByRole('button', { name: 'Close' }).first().click()
  expect(await inkstone.list.storyCount()).toBe(count)
})
