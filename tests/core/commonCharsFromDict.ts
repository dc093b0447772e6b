import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { foldText } from '../../src/main/core/text/foldText'

/**
 * The `count` most frequent folded CJK characters of jieba's dictionary (each word's frequency
 * counted for every character it holds), most frequent first: how COMMON_CHARS was made.
 * Run directly to print the list: `npx tsx tests/core/commonCharsFromDict.ts 500`.
 */
export function commonCharsFromDict(count: number): string {
  const require = createRequire(import.meta.url)
  const dict = join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt')
  const frequency = new Map<string, number>()
  for (const line of readFileSync(dict, 'utf8').split('\n')) {
    const [word, times] = line.split(' ')
    const n = Number(times)
    if (!word || !Number.isFinite(n)) continue
    for (const char of foldText(word)) {
      if (/^\p{Script=Han}$/u.test(char)) frequency.set(char, (frequency.get(char) ?? 0) + n)
    }
  }
  return [...frequency]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([char]) => char)
    .join('')
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  console.log(commonCharsFromDict(Number(process.argv[2] ?? 500)))
}
