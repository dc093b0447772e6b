import i18next, { type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../src/shared/contract'
import {
  ERROR_DETAILS,
  NOT_REGULAR_KINDS,
  SKIP_CODES,
  UNDO_ACTIONS,
} from '../../src/shared/messages'
import { en } from '../../src/renderer/src/i18n/en'
import { saySkip, sayUndo, sayFailure } from '../../src/renderer/src/i18n/sayMessage'
import { zh } from '../../src/renderer/src/i18n/zh'

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

const HAN = /\p{Script=Han}/u

/** Every code of a list has a message in both languages, with the same placeholders. */
const expectCovered = (
  codes: readonly string[],
  english: Record<string, string>,
  chinese: Record<string, string>,
) => {
  for (const code of codes) {
    expect(english[code], `en ${code}`).toMatch(/\S/)
    expect(chinese[code], `zh ${code}`).toMatch(/\S/)
    expect(placeholders(chinese[code]), `placeholders of ${code}`).toEqual(
      placeholders(english[code]),
    )
  }
}

const translator = async (language: 'en' | 'zh'): Promise<TFunction> => {
  const instance = i18next.createInstance()
  await instance.init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: language,
    interpolation: { escapeValue: false },
  })
  return instance.t
}

describe('every message code has English and Chinese words', () => {
  it('covers skip reasons, file kinds, undo actions, failure details and error codes', () => {
    expectCovered(SKIP_CODES, en.messages.skip, zh.messages.skip)
    expectCovered(NOT_REGULAR_KINDS, en.messages.fileKind, zh.messages.fileKind)
    expectCovered(UNDO_ACTIONS, en.messages.undo, zh.messages.undo)
    expectCovered(ERROR_DETAILS, en.messages.error, zh.messages.error)
    expectCovered(ERROR_CODES, en.messages.code, zh.messages.code)
  })

  it('says them in Chinese, with no English left over from core', async () => {
    const t = await translator('zh')
    for (const code of SKIP_CODES) {
      const said = saySkip(t, { code, params: { extension: '.png', sizeMb: 31, limitMb: 20 } })
      expect(said, code).toMatch(HAN)
    }
    expect(saySkip(t, { code: 'binary' })).toBe('二进制文件（不是文本）')
    expect(saySkip(t, { code: 'notRegular', params: { kind: 'fifo' } })).toBe(
      '不是普通文件（FIFO）',
    )
    expect(saySkip(t, { code: 'tooLarge', params: { sizeMb: 31, limitMb: 20 } })).toBe(
      '文件过大（31 MB，上限 20 MB）',
    )
    expect(saySkip(t, { code: 'unsupportedType', params: { extension: '' } })).toBe(
      '不支持的文件类型（没有扩展名）',
    )
    expect(
      sayUndo(t, { code: 'mergeTags', params: { names: ['总工会', '工联'], into: '工会' } }),
    ).toBe('将“总工会”、“工联”合并到“工会”')
    expect(sayUndo(t, { code: 'deleteHighlight', params: { quote: '困难职工' } })).toBe(
      '删除了高亮“困难职工”',
    )
    expect(
      sayFailure(t, { code: 'INVALID_ARGUMENT', message: 'x', detail: { key: 'lastStory' } }),
    ).toMatch(HAN)
    expect(
      sayFailure(t, {
        code: 'INVALID_ARGUMENT',
        message: 'photo.png: unsupportedType',
        detail: {
          key: 'fileRefused',
          params: { name: 'photo.png' },
          reason: { code: 'unsupportedType', params: { extension: '.png' } },
        },
      }),
    ).toBe('photo.png：不支持的文件类型（.png）')
  })

  it('says them in English too', async () => {
    const t = await translator('en')
    expect(saySkip(t, { code: 'notRegular', params: { kind: 'characterDevice' } })).toBe(
      'not a regular file (a character device)',
    )
    expect(sayUndo(t, { code: 'mergeTags', params: { names: ['总工会'], into: '工会' } })).toBe(
      'Merged “总工会” into “工会”',
    )
  })
})
