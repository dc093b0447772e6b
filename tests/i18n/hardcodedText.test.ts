import { describe, expect, it } from 'vitest'
import { HIGHLIGHT_COLORS, TAG_COLORS } from '../../src/shared/annotations'
import { colorsEn } from '../../src/renderer/src/i18n/colorsEn'
import { colorsZh } from '../../src/renderer/src/i18n/colorsZh'
import { findHardcodedText, findInSource, repoRoot } from './findHardcodedText'

const ROOT = repoRoot()
const RENDERER = `${ROOT}/src/renderer/src`
const HAN = /\p{Script=Han}/u

/**
 * Text that may stay as written, each with why. Keyed "file:text" so a new string in the same
 * file is still caught.
 */
const ALLOWED = new Set([
  // The brand: the app's name is the same in both languages (砚 is its mark, Inkstone its name).
  'src/renderer/src/app/TopBar.tsx:砚',
  'src/renderer/src/app/TopBar.tsx:Inkstone',
  // The language picker names each language in itself, so a reader finds their own in either.
  'src/renderer/src/features/settings/SettingsDialog.tsx:中文',
  'src/renderer/src/features/settings/SettingsDialog.tsx:English',
])

describe('interface text goes through t()', () => {
  it('no .tsx or .ts file under src/renderer writes visible text or a raw colour id itself', () => {
    const found = findHardcodedText(RENDERER, ROOT)
    const offending = found
      .filter((item) => !ALLOWED.has(`${item.file}:${item.text}`))
      .map((item) => `${item.file}:${item.line} [${item.where}] ${item.text}`)
    expect(offending).toEqual([])
  })

  it('every allowed string is still there (a stale entry would hide a new one)', () => {
    const found = findHardcodedText(RENDERER, ROOT)
    const present = new Set(found.map((item) => `${item.file}:${item.text}`))
    expect([...ALLOWED].filter((entry) => !present.has(entry))).toEqual([])
  })

  it('the scan finds text nodes, tooltips, labels, placeholders and raw colour ids', () => {
    const source = `
      export const A = ({ tag }) => (
        <div title="Close" aria-label={'关闭'}>
          Loading…
          <input placeholder={\`Search \${tag.name}\`} />
          <IconButton label="Export" />
          <span title={tag.color} />
          <span>{'读取中'}</span>
          <b>{t('ok')} · 12 ×</b>
          <i title={t('x')} aria-label={tag.name} className="Big Words" data-testid="Name" />
          <Select options={[{ value: 'a', label: 'Apples' }, { value: 'b', label: t('b') }]} />
        </div>
      )`
    const found = findInSource('a.tsx', source).map((item) => `${item.where}:${item.text}`)
    expect(found).toEqual([
      'title:Close',
      'aria-label:关闭',
      'text:Loading…',
      'placeholder:Search',
      'label:Export',
      'title:{tag.color}',
      'text:读取中',
      'label:Apples',
    ])
  })
})

describe('the scan reads .ts files as TypeScript', () => {
  it('finds an option label in a .ts file and nothing in generics', () => {
    const source = `
      export const pick = <T,>(items: T[]): T => items[0]
      export const first = <T>(value: T): T => value
      export const OPTIONS = [{ id: 1, label: 'Newest first' }]`
    expect(findInSource('a.ts', source).map((item) => item.text)).toEqual(['Newest first'])
  })
})

describe('colour names', () => {
  it('every tag and highlight colour has a name in English and in Chinese', () => {
    for (const color of new Set([...TAG_COLORS, ...HIGHLIGHT_COLORS])) {
      expect(colorsEn[color], color).toMatch(/^[A-Z][a-z]+$/)
      expect(colorsZh[color], color).toMatch(HAN)
    }
  })
})
