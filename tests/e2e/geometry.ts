/** A box in page pixels, as Playwright's boundingBox() gives it. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** True when two boxes share more than a hairline (1 px) of area. */
export const overlaps = (a: Box, b: Box): boolean =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1

const channels = (colour: string): number[] => {
  const match = /rgba?\(([^)]+)\)/.exec(colour)
  if (!match) throw new Error(`not an rgb colour: ${colour}`)
  return match[1]
    .split(/[ ,/]+/)
    .filter(Boolean)
    .map(Number)
}

const luminance = ([r, g, b]: number[]): number => {
  const linear = (value: number) => {
    const c = value / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** The WCAG contrast ratio of two opaque computed colours ("rgb(…)"). */
export const contrastRatio = (a: string, b: string): number => {
  const [light, dark] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}
