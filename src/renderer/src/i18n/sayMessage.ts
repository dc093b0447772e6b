import type { TFunction } from 'i18next'
import type { Failure } from '../../../shared/contract'
import type {
  MessageParams,
  NotRegularKind,
  SkipReason,
  UndoAction,
} from '../../../shared/messages'
import { NOT_REGULAR_KINDS } from '../../../shared/messages'

// Core hands back codes with parameters (house style, rule 11); these turn them into the
// reader's language. Lists (tag names) are quoted and joined the way the language joins them.

type Values = Record<string, string | number>

const valuesOf = (t: TFunction, params: MessageParams | undefined): Values => {
  const values: Values = {}
  for (const [name, value] of Object.entries(params ?? {})) {
    values[name] = Array.isArray(value)
      ? value.map((item: string) => `“${item}”`).join(t('messages.listSeparator'))
      : (value as string | number)
  }
  return values
}

const isKind = (value: unknown): value is NotRegularKind =>
  (NOT_REGULAR_KINDS as readonly unknown[]).includes(value)

/** Why a file was skipped, in the interface language. */
export const saySkip = (t: TFunction, reason: SkipReason): string => {
  const values = valuesOf(t, reason.params)
  switch (reason.code) {
    case 'unsupportedType':
      return values.extension
        ? t('messages.skip.unsupportedType', values)
        : t('messages.skip.unsupportedTypeNone')
    case 'tooLarge':
      return values.sizeMb === undefined
        ? t('messages.skip.tooLargeLimit', values)
        : t('messages.skip.tooLarge', values)
    case 'notRegular': {
      const kind = isKind(values.kind) ? values.kind : 'special'
      return t('messages.skip.notRegular', { kind: t(`messages.fileKind.${kind}`) })
    }
    case 'unreadable':
      return values.message === undefined
        ? t('messages.skip.unreadable')
        : t('messages.skip.unreadableDetail', values)
    default:
      return t(`messages.skip.${reason.code}`, values)
  }
}

/** An undoable action, as the toast names it ("删除了高亮“…”"). */
export const sayUndo = (t: TFunction, action: UndoAction): string =>
  t(`messages.undo.${action.code}`, valuesOf(t, action.params))

/**
 * A failed request in the interface language: its detail when core gave one, else what its
 * code means. Core's English message goes to the console, for a bug report, not to the reader.
 */
export const sayFailure = (t: TFunction, failure: Failure): string => {
  const { detail } = failure
  if (!detail) {
    console.warn(`[inkstone] ${failure.code}: ${failure.message}`)
    return t(`messages.code.${failure.code}`)
  }
  const values = valuesOf(t, detail.params)
  if (detail.reason) values.reason = saySkip(t, detail.reason)
  return t(`messages.error.${detail.key}`, values)
}
