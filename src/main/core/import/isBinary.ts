// A text page may hold a stray form feed or escape, never many; binary formats are full of them.
const CONTROL_RATIO = 0.05
const SAMPLE_BYTES = 64 * 1024

const isControl = (byte: number): boolean =>
  (byte < 0x20 &&
    byte !== 0x09 &&
    byte !== 0x0a &&
    byte !== 0x0d &&
    byte !== 0x0c &&
    byte !== 0x1b) ||
  byte === 0x7f

/**
 * True when the bytes are not text: a NUL anywhere, or many control characters early on.
 * Call only for byte-oriented encodings; UTF-16 text is full of NULs.
 */
export function isBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  let controls = 0
  for (let at = 0; at < sample.length; at++) if (isControl(sample[at])) controls++
  return controls > sample.length * CONTROL_RATIO
}
