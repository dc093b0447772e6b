import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InkstonePage } from './pages/InkstonePage'

const TOPICS = ['工会', '劳模', '职工', '帮扶', '技能', '书屋', '协商', '维权', '春风', '暖心']

/** The headline of generated story `index`: every tenth one shares a topic (劳模简讯 for 1, 11…). */
export const manyStoriesHeadline = (index: number): string =>
  `${TOPICS[index % TOPICS.length]}简讯第${index + 1}篇`

// A headline, a blank line, one 本报讯 paragraph, a blank line: the splitter cuts each story.
const pageText = (count: number): string => {
  const lines: string[] = []
  for (let index = 0; index < count; index += 1) {
    const topic = TOPICS[index % TOPICS.length]
    const body = `本报讯（记者 林${topic}）第${index + 1}号稿件。${topic}工作稳步推进，基层职工反响良好，各项措施落实到位。`
    lines.push(manyStoriesHeadline(index), '', body, '')
  }
  return lines.join('\n')
}

/**
 * Imports one page of `count` small generated stories through the web picker; `doneName` is the
 * summary's button in the interface language.
 */
export const importManyStories = async (
  inkstone: InkstonePage,
  count: number,
  doneName = 'Done',
): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-many-'))
  const file = join(dir, '简讯合集.txt')
  writeFileSync(file, pageText(count), 'utf8')
  try {
    await inkstone.filesInput().setInputFiles(file)
    await inkstone.importSummary.getByRole('button', { name: doneName }).click({ timeout: 90_000 })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
