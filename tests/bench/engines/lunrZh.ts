import lunr from 'lunr'
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js'
import zh from 'lunr-languages/lunr.zh.js'

let isRegistered = false

/**
 * lunr-languages' Chinese support (its segmenter is @node-rs/jieba), registered once: the
 * benchmark's plain-lunr baseline, as a reader would use lunr out of the box.
 */
export function lunrZhTokenizer(): (text: string) => lunr.Token[] {
  if (!isRegistered) {
    stemmerSupport(lunr)
    zh(lunr)
    isRegistered = true
  }
  return (text) =>
    (lunr as unknown as { zh: { tokenizer: (t: string) => lunr.Token[] } }).zh.tokenizer(text)
}
