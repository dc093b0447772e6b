/** A moment as the reader's language writes a date and time (2026年12月2日 10:04 / Dec 2, 2026, 10:04 AM). */
export const formatDateTime = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso))
