import { COLUMN_LABELS, orgName, personName } from './people'
import { chance, intBetween, pick, type Random } from './prng'
import { sampleWord, type Vocabulary } from './vocabulary'
import { wrapTokens, type Tokens } from './wrapText'

/** One story as printed: its lines (blank lines between paragraphs) and what wrapping cut. */
export interface PrintedStory {
  lines: string[]
  cutWords: string[]
  /** Two adjacent words of 2+ CJK characters, one per paragraph: phrase queries that occur. */
  pairs: string[]
  characters: number
}

const CJK_WORD = /^[\u4e00-\u9fff]{2,4}$/

/** The first two adjacent CJK words of a paragraph, joined; chosen without drawing a number. */
const firstPair = (tokens: Tokens): string[] => {
  for (let at = 1; at < tokens.length; at++)
    if (CJK_WORD.test(tokens[at - 1]) && CJK_WORD.test(tokens[at]))
      return [tokens[at - 1] + tokens[at]]
  return []
}

const ACRONYMS = ['APP', 'GDP', '5G', 'AI', 'CPI', 'PPP', 'ETC', 'VR', 'WiFi', 'CEO']
const CLAUSE_MARKS = ['，', '，', '，', '、', '；']
// Sentence openers a headline never starts with; harmless in the body.
const OPENERS = ['近日', '日前', '据了解', '目前', '此外', '同时']

/** A sentence of words drawn by frequency, with the odd number, year, acronym or quote. */
function sentence(vocabulary: Vocabulary, random: Random): Tokens {
  const tokens: Tokens = []
  const clauses = intBetween(random, 1, 3)
  for (let clause = 0; clause < clauses; clause++) {
    if (clause > 0) tokens.push(pick(random, CLAUSE_MARKS))
    const words = intBetween(random, 3, 9)
    for (let at = 0; at < words; at++) {
      const roll = random()
      if (roll < 0.015) tokens.push(`${intBetween(random, 1990, 2025)}年`)
      else if (roll < 0.03)
        tokens.push(`${intBetween(random, 2, 999)}`, pick(random, ['名', '万元', '余人', '个']))
      else if (roll < 0.036) tokens.push(pick(random, ACRONYMS))
      else if (roll < 0.046)
        tokens.push('“', sampleWord(vocabulary, random), sampleWord(vocabulary, random), '”')
      else tokens.push(sampleWord(vocabulary, random))
    }
  }
  tokens.push(chance(random, 0.95) ? '。' : '！')
  return tokens
}

const paragraph = (vocabulary: Vocabulary, random: Random, lead: Tokens = []): Tokens => {
  const tokens = [...lead]
  const sentences = intBetween(random, 2, 6)
  for (let at = 0; at < sentences; at++) tokens.push(...sentence(vocabulary, random))
  return tokens
}

/** A headline: short, no final mark, never a sentence opener; sometimes an org kicker above it. */
function headline(vocabulary: Vocabulary, random: Random): string[] {
  let main = ''
  while (main.length < 8) {
    const word = sampleWord(vocabulary, random)
    if (main.length + word.length <= 16 && !(main === '' && OPENERS.includes(word))) main += word
    if (main.length >= 12) break
  }
  // Naming an organisation marks a story headline rather than a subhead (core/split).
  const titled = chance(random, 0.5) ? orgName(random) + main : main + '活动'
  return chance(random, 0.25) ? [orgName(random), '', titled] : [titled]
}

/** A dateline that opens the story: 本报讯（记者 张三）… or 本刊讯 … */
function dateline(random: Random): { lead: Tokens; hasReporter: boolean } {
  const outlet = chance(random, 0.8) ? '本报讯' : '本刊讯'
  if (chance(random, 0.6))
    return { lead: [`${outlet}（记者 ${personName(random)}）`], hasReporter: true }
  return { lead: [`${outlet} `, pick(random, OPENERS), '，'], hasReporter: false }
}

/** Writes one story of about `target` characters: headline, dateline, paragraphs, byline. */
export function writeStory(vocabulary: Vocabulary, random: Random, target: number): PrintedStory {
  const lines: string[] = ['', ...headline(vocabulary, random), '']
  const cutWords: string[] = []
  const pairs: string[] = []
  let characters = 0
  const { lead, hasReporter } = dateline(random)
  let tokens = paragraph(vocabulary, random, lead)
  while (tokens.length > 0) {
    const wrapped = wrapTokens(tokens, random)
    lines.push(...wrapped.lines, '')
    cutWords.push(...wrapped.cutWords)
    pairs.push(...firstPair(tokens))
    for (const line of wrapped.lines) characters += line.length
    tokens = characters < target ? paragraph(vocabulary, random) : []
  }
  if (!hasReporter) {
    const byline = chance(random, 0.5)
      ? `（通讯员 ${personName(random)}）`
      : `记者 ${personName(random)}`
    lines.push(byline, '')
  }
  return { lines, cutWords, pairs, characters }
}

/** A photo item: a short headline, then a caption ending with the photographer's …摄. */
export function writePhoto(vocabulary: Vocabulary, random: Random): PrintedStory {
  const caption = paragraph(vocabulary, random).slice(0, 40)
  if (caption[caption.length - 1] !== '。') caption.push('。')
  caption.push(` ${personName(random)} 摄`)
  const wrapped = wrapTokens(caption, random)
  const lines = [
    '',
    `${orgName(random)}${sampleWord(vocabulary, random)}现场`,
    '',
    ...wrapped.lines,
    '',
  ]
  const characters = wrapped.lines.reduce((sum, line) => sum + line.length, 0)
  return { lines, cutWords: wrapped.cutWords, pairs: [], characters }
}

/** A column label standing alone between blank lines. */
export const columnLabel = (random: Random): string[] => ['', pick(random, COLUMN_LABELS), '']
