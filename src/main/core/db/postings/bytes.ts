// Unsigned varints (7 bits a byte, low bits first) written to and read from byte arrays: the
// postings' whole encoding (see segmentFormat.ts).

/** A growable byte buffer that writes varints. */
export class ByteWriter {
  bytes: Uint8Array
  length = 0

  constructor(capacity = 4096) {
    this.bytes = new Uint8Array(capacity)
  }

  private grow(more: number): void {
    let size = this.bytes.length * 2
    while (size < this.length + more) size *= 2
    const grown = new Uint8Array(size)
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }

  /** Writes a non-negative integer below 2^32. */
  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(5)
    const bytes = this.bytes
    let at = this.length
    let rest = value >>> 0
    while (rest >= 0x80) {
      bytes[at++] = (rest & 0x7f) | 0x80
      rest >>>= 7
    }
    bytes[at++] = rest
    this.length = at
  }

  /** Writes a UTF-16 code unit as two bytes, big-endian. */
  unit(value: number): void {
    if (this.length + 2 > this.bytes.length) this.grow(2)
    this.bytes[this.length++] = value >>> 8
    this.bytes[this.length++] = value & 0xff
  }

  /** Appends bytes[from, to) of `source` as they are. */
  copy(source: Uint8Array, from: number, to: number): void {
    const size = to - from
    if (this.length + size > this.bytes.length) this.grow(size)
    const bytes = this.bytes
    let at = this.length
    if (size < 16) for (let next = from; next < to; next++) bytes[at++] = source[next]
    else {
      bytes.set(source.subarray(from, to), at)
      at += size
    }
    this.length = at
  }

  /** A copy of what was written. */
  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length)
  }
}

/** Reads varints from a byte array, from `at` on. */
export class ByteReader {
  at: number
  constructor(
    public bytes: Uint8Array,
    at = 0,
    public end = bytes.length,
  ) {
    this.at = at
  }

  /** Reads other bytes from here on (one reader for many entries). */
  reset(bytes: Uint8Array, at: number, end: number): void {
    this.bytes = bytes
    this.at = at
    this.end = end
  }

  get isDone(): boolean {
    return this.at >= this.end
  }

  varint(): number {
    const bytes = this.bytes
    let byte = bytes[this.at++]
    if (byte < 0x80) return byte
    let value = byte & 0x7f
    let shift = 7
    for (;;) {
      byte = bytes[this.at++]
      if (byte === undefined) throw new DamagedIndexError()
      value += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return value
      shift += 7
    }
  }

  /** Passes over `count` varints. */
  skip(count: number): void {
    const bytes = this.bytes
    let at = this.at
    const end = this.end
    for (let left = count; left > 0; at++) {
      if (at >= end) throw new DamagedIndexError()
      if (bytes[at] < 0x80) left--
    }
    this.at = at
  }
}

/** A term as the blocks' sort key: its UTF-16 code units big-endian, so bytes sort as JS strings. */
export function termKey(term: string): Buffer {
  const key = Buffer.allocUnsafe(term.length * 2)
  for (let at = 0; at < term.length; at++) key.writeUInt16BE(term.charCodeAt(at), at * 2)
  return key
}

/** The smallest key above every term that begins with `prefix` (null: no bound). */
export function prefixEnd(prefix: string): Buffer | null {
  for (let at = prefix.length - 1; at >= 0; at--) {
    const unit = prefix.charCodeAt(at)
    if (unit < 0xffff) return termKey(prefix.slice(0, at) + String.fromCharCode(unit + 1))
  }
  return null
}

/**
 * The check every stored block ends with: FNV-1a over bytes[0, end), taken four bytes at a
 * time (a stored block is read on every query that meets it).
 */
export function checksum(bytes: Uint8Array, end = bytes.length): number {
  let hash = 0x811c9dc5
  const words = end >>> 2
  const view = new DataView(bytes.buffer, bytes.byteOffset, end)
  for (let word = 0; word < words; word++) {
    hash = Math.imul(hash ^ view.getUint32(word << 2, true), 0x01000193)
  }
  for (let at = words << 2; at < end; at++) hash = Math.imul(hash ^ bytes[at], 0x01000193)
  return hash >>> 0
}

/** Thrown for a stored block whose bytes are not what was written (the index is rebuilt). */
export class DamagedIndexError extends Error {
  constructor() {
    super('the search index is damaged: a block fails its check')
    this.name = 'DamagedIndexError'
  }
}

/** A block with its check appended (4 bytes, big-endian). */
export function sealBlock(bytes: Uint8Array): Uint8Array {
  const sealed = new Uint8Array(bytes.length + 4)
  sealed.set(bytes)
  new DataView(sealed.buffer).setUint32(bytes.length, checksum(bytes))
  return sealed
}

/** A stored block's entries, its check verified; throws DamagedIndexError when it fails. */
export function openBlock(stored: Uint8Array): Uint8Array {
  const end = stored.length - 4
  if (end < 0) throw new DamagedIndexError()
  const view = new DataView(stored.buffer, stored.byteOffset, stored.byteLength)
  if (view.getUint32(end) !== checksum(stored, end)) throw new DamagedIndexError()
  // A plain Uint8Array view, not a Buffer: every reader then meets one kind of array.
  return new Uint8Array(stored.buffer, stored.byteOffset, end)
}
