/** 资料库文件启动检查的中文文字。 */
export const healthZh = {
  damagedTitle: '资料库文件已损坏',
  damagedBody:
    'Inkstone 不再向其中写入任何内容，并原样保留该文件。你仍可阅读、搜索和导出其中的内容。',
  newestBackup: '最新的完好备份是 {{name}}（{{when}}）。',
  noBackup: '资料库的备份文件夹中没有可恢复的备份。',
  restore: '恢复该备份并重新启动',
  restoring: '正在恢复…',
  details: 'SQLite 发现的问题',
}
