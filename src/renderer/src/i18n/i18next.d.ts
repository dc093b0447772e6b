import 'i18next'
import type { en } from './en'

// Typed keys: t('reader.markRead') is checked against the English resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en }
  }
}
