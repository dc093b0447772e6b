/** English words for the check of the library file at start. */
export const healthEn = {
  damagedTitle: 'The library file is damaged',
  damagedBody:
    'Inkstone saves nothing more to it and keeps it as it is. You can still read, search and export what it holds.',
  newestBackup: 'The newest good backup is {{name}}, from {{when}}.',
  noBackup: 'There is no backup to restore in the library’s backups folder.',
  restore: 'Restore that backup and restart',
  restoring: 'Restoring…',
  details: 'What SQLite found',
}
