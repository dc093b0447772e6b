import lunr from 'lunr'
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js'
import zh from 'lunr-languages/lunr.zh.js'

let isRegistered = false

/**
 * lunr-languages' Chinese support, registered once. Inkstone uses its word segmenter (backed
 * by @node-rs/jieba) for ranking words; its pipeline (trimmer, stop words, stemmer) is not
 * used, because each of those would make some exact text unfindable (see searchIndex.ts).
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
