import { CJK } from '../../../shared/text/cjk'

// PDF extraction leaves spaces where the printed page had none: between a number and the
// character it counts (1月 11日, 慰问金 20万元, 2016 年初) and around fullwidth punctuation.
// Spaces between two Han characters are left alone: headlines and slogans use them on purpose
// (工会服务暖民心 倾情助力促振兴), so removing them is not safe.
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g
const FULLWIDTH_PUNCT = '，。、；：？！（）《》【】「」『』'
// 讯 is kept apart from a following date: "本报讯 12月17日" is a dateline, printed with a space.
const HAN_THEN_DIGIT = new RegExp(`(?<=[${CJK}])(?<!讯) +(?=\\d)`, 'g')
const DIGIT_THEN_HAN = new RegExp(`(?<=\\d) +(?=[${CJK}])`, 'g')
const AROUND_PUNCT = new RegExp(` +(?=[${FULLWIDTH_PUNCT}])|(?<=[${FULLWIDTH_PUNCT}]) +`, 'g')

/** Removes extraction artefacts from spacing in one paragraph; keeps punctuation as printed. */
export function normaliseSpacing(text: string): string {
  const spaced = text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ')
  // Every later rule removes spaces; most CJK paragraphs have none, and the lookbehinds would
  // still be tried at every character.
  if (!spaced.includes(' ')) return spaced.trim()
  return spaced
    .replace(/ {2,}/g, ' ')
    .replace(HAN_THEN_DIGIT, '')
    .replace(DIGIT_THEN_HAN, '')
    .replace(AROUND_PUNCT, '')
    .trim()
}
