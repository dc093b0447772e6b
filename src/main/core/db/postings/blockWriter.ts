import { ByteWriter, sealBlock, termKey } from './bytes'
import { BLOCK_BYTES, type Block } from './segmentFormat'

/** Writes a segment's blocks as its terms' entries arrive in term order. */
export class BlockWriter {
  readonly blocks: Block[] = []
  private readonly block = new ByteWriter(BLOCK_BYTES * 2)
  private firstTerm: string | null = null
  // The term before in the block as code units (front coding), and how many.
  private last: number[] = []
  private lastLength = 0
  private readonly head = new ByteWriter(16)

  /** Writes a term's entry: `docs` stories, their postings encoded in postings[0, length). */
  entry(term: string, docs: number, postings: ByteWriter): void {
    if (postings.length > BLOCK_BYTES) this.flush()
    if (this.firstTerm === null) this.firstTerm = term
    // Front-coded: the units shared with the term before in the block, then the rest.
    const last = this.last
    let shared = 0
    const most = Math.min(this.lastLength, term.length)
    while (shared < most && last[shared] === term.charCodeAt(shared)) shared++
    const block = this.block
    block.varint(shared)
    block.varint(term.length - shared)
    for (let at = shared; at < term.length; at++) {
      const unit = term.charCodeAt(at)
      block.unit(unit)
      last[at] = unit
    }
    this.lastLength = term.length
    this.postings(docs, postings)
  }

  /**
   * entry() for a term of one or two code units given as a key: the first unit times 2^16
   * plus the second (0: none). No string is made for it.
   */
  entryOfKey(key: number, docs: number, postings: ByteWriter): void {
    const first = key >>> 16
    const second = key & 0xffff
    const length = second === 0 ? 1 : 2
    if (postings.length > BLOCK_BYTES) this.flush()
    if (this.firstTerm === null) {
      this.firstTerm =
        length === 1 ? String.fromCharCode(first) : String.fromCharCode(first, second)
    }
    const last = this.last
    const shared =
      this.lastLength === 0 || last[0] !== first
        ? 0
        : length === 2 && this.lastLength >= 2 && last[1] === second
          ? 2
          : 1
    const block = this.block
    block.varint(shared)
    block.varint(length - shared)
    if (shared === 0) block.unit(first)
    if (length === 2 && shared < 2) block.unit(second)
    last[0] = first
    last[1] = second
    this.lastLength = length
    this.postings(docs, postings)
  }

  private postings(docs: number, postings: ByteWriter): void {
    const block = this.block
    this.head.length = 0
    this.head.varint(docs)
    block.varint(this.head.length + postings.length)
    block.copy(this.head.bytes, 0, this.head.length)
    block.copy(postings.bytes, 0, postings.length)
    if (block.length >= BLOCK_BYTES) this.flush()
  }

  /** Closes the last block; returns every block. */
  finish(): Block[] {
    this.flush()
    return this.blocks
  }

  private flush(): void {
    if (this.firstTerm === null) return
    const last = this.last.slice(0, this.lastLength)
    this.blocks.push({
      key: termKey(this.firstTerm),
      last: termKey(String.fromCharCode(...last)),
      data: sealBlock(this.block.bytes.subarray(0, this.block.length)),
    })
    this.block.length = 0
    this.firstTerm = null
    this.lastLength = 0
  }
}
