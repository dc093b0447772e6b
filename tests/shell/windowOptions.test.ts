import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createWindowOptions,
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
} from '../../src/main/shell/createWindowOptions'
import { restorableBounds, toSavedBounds } from '../../src/main/shell/windowBounds'

describe('createWindowOptions', () => {
  it('keeps Electron secure defaults on, whatever the bounds', () => {
    const options = createWindowOptions(null, '/app/out/preload/index.cjs')
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    })
  })

  it('turns on no experimental or Blink features and no insecure switches (checklist 6, 8-10)', () => {
    const preferences = createWindowOptions(null, 'p').webPreferences ?? {}
    expect(preferences.experimentalFeatures).toBe(false)
    expect(preferences).not.toHaveProperty('enableBlinkFeatures')
    expect(preferences).not.toHaveProperty('allowpopups')
    for (const [key, value] of Object.entries(preferences)) {
      if (/^(nodeIntegration|allowRunningInsecure|experimental|webviewTag)/.test(key)) {
        expect(value, key).toBe(false)
      }
    }
  })

  it("opens in the reader's theme's background, light when unknown", () => {
    expect(createWindowOptions(null, 'p').backgroundColor).toBe('#f6f6f3')
    expect(createWindowOptions(null, 'p', 'dark').backgroundColor).toBe('#141517')
    expect(createWindowOptions(null, 'p', 'sepia').backgroundColor).toBe('#efe5cf')
    expect(createWindowOptions(null, 'p', 'neon' as never).backgroundColor).toBe('#f6f6f3')
    // The same colours as the page's app background in each theme.
    const tokens = readFileSync(
      resolve(import.meta.dirname, '../../src/renderer/src/styles/tokens.css'),
      'utf8',
    )
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      const block = tokens.split(`[data-theme='${theme}'] {`)[1] ?? ''
      const bgApp = /--bg-app:\s*(#[0-9a-f]{6});/i.exec(block)?.[1]
      expect(createWindowOptions(null, 'p', theme).backgroundColor, theme).toBe(bgApp)
    }
  })

  it('opens at the default size without saved bounds, and at the saved ones otherwise', () => {
    expect(createWindowOptions(null, 'p')).toMatchObject(DEFAULT_WINDOW_SIZE)
    expect(createWindowOptions(null, 'p').x).toBeUndefined()
    const saved = createWindowOptions({ width: 1000, height: 700, x: 40, y: 30 }, 'p')
    expect(saved).toMatchObject({ width: 1000, height: 700, x: 40, y: 30 })
  })

  it('never opens smaller than the three panes need', () => {
    const options = createWindowOptions({ width: 200, height: 150 }, 'p')
    expect(options.width).toBe(MIN_WINDOW_SIZE.width)
    expect(options.height).toBe(MIN_WINDOW_SIZE.height)
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width)
  })
})

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }]

  it('keeps a position that lies on a display', () => {
    const saved = { width: 1000, height: 700, x: 100, y: 50 }
    expect(restorableBounds(saved, screen)).toEqual(saved)
  })

  it('drops a position left on an unplugged display, keeping the size', () => {
    expect(restorableBounds({ width: 1000, height: 700, x: 2500, y: 50 }, screen)).toEqual({
      width: 1000,
      height: 700,
    })
    expect(restorableBounds({ width: 1000, height: 700, x: 100, y: -400 }, screen)).toEqual({
      width: 1000,
      height: 700,
    })
  })

  it('rounds bounds to whole pixels for the settings', () => {
    expect(toSavedBounds({ x: 1.4, y: 2.6, width: 800.5, height: 600.2 })).toEqual({
      x: 1,
      y: 3,
      width: 801,
      height: 600,
    })
  })
})
