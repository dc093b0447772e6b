import type { Download, Locator, Page } from '@playwright/test'
import { FileMenu } from './FileMenu'

/** The backup, restore and import-annotations dialogs of the File menu. */
export class BackupDialogs {
  readonly menu: FileMenu
  readonly backup: Locator
  readonly backupResult: Locator
  readonly restore: Locator
  readonly restorePreview: Locator
  readonly restoreReport: Locator
  readonly restoreConfirm: Locator
  readonly annotations: Locator
  readonly annotationsReport: Locator

  constructor(readonly page: Page) {
    this.menu = new FileMenu(page)
    this.backup = page.getByTestId('backup-dialog')
    this.backupResult = this.backup.getByTestId('backup-result')
    this.restore = page.getByTestId('restore-dialog')
    this.restorePreview = this.restore.getByTestId('restore-preview')
    this.restoreReport = this.restore.getByTestId('restore-report')
    this.restoreConfirm = this.restore.getByTestId('restore-confirm')
    this.annotations = page.getByTestId('annotations-dialog')
    this.annotationsReport = this.annotations.getByTestId('annotations-report')
  }

  /** Backs the library up from the File menu and answers the downloaded file. */
  async downloadBackup(): Promise<Download> {
    await this.menu.choose('Back up library…')
    const download = this.page.waitForEvent('download')
    await this.backup.getByTestId('backup-run').click()
    return download
  }

  /** Opens Restore from the File menu and picks `file`: the dry run follows. */
  async pickBackup(file: string): Promise<void> {
    await this.menu.choose('Restore from backup…')
    const chooser = this.page.waitForEvent('filechooser')
    await this.restore.getByTestId('restore-choose').click()
    await (await chooser).setFiles(file)
  }

  /** One cell of a restore table: a kind's row ("highlights") and a column ("added"). */
  cell(table: Locator, kind: string, column: 'added' | 'updated' | 'kept'): Locator {
    return table.getByTestId(`restore-row-${kind}`).locator(`td[data-column="${column}"]`)
  }

  /** Imports a W3C annotations file from the File menu. */
  async importAnnotations(file: string): Promise<void> {
    await this.menu.choose('Import annotations…')
    const chooser = this.page.waitForEvent('filechooser')
    await this.annotations.getByTestId('annotations-choose').click()
    await (await chooser).setFiles(file)
  }
}
