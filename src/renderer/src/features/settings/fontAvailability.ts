import type { Settings } from '../../../../shared/contract'

// The faces each reader typeface looks for (tokens.css holds the full stacks with fallbacks).
const FACES: Record<Settings['readingFont'], string[]> = {
  sans: [
    'PingFang SC',
    'Hiragino Sans GB',
    'Noto Sans CJK SC',
    'Source Han Sans SC',
    'WenQuanYi Micro Hei',
    'Microsoft YaHei',
  ],
  serif: ['Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'STSong', 'SimSun'],
  kai: ['Kaiti SC', 'STKaiti', 'KaiTi', 'AR PL UKai CN'],
}

// Latin and Han together: a face that is present draws both the same way over any fallback.
const SAMPLE = 'mmwwii 0123 永和九年 “引号”'

const isInstalled = (context: CanvasRenderingContext2D, face: string): boolean =>
  ['monospace', 'serif'].some((fallback) => {
    context.font = `32px ${fallback}`
    const without = context.measureText(SAMPLE).width
    context.font = `32px "${face}", ${fallback}`
    return context.measureText(SAMPLE).width !== without
  })

let cache: Record<Settings['readingFont'], boolean> | null = null

/**
 * Which reader typefaces this computer has a face for. Browsers do not list system fonts, so a
 * face counts as present when text set in it measures differently from the generic fallbacks.
 */
export const availableReadingFonts = (): Record<Settings['readingFont'], boolean> => {
  if (cache) return cache
  const context = document.createElement('canvas').getContext('2d')
  const has = (kind: Settings['readingFont']) =>
    context === null || FACES[kind].some((face) => isInstalled(context, face))
  cache = { sans: has('sans'), serif: has('serif'), kai: has('kai') }
  return cache
}
