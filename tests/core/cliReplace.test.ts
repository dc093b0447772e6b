import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCliIn } from './cliHarness'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: string
beforeEach(() => {
  temp = tempDir('cli-replace')
  library = join(temp.dir, 'library')
})
afterEach(() => temp.remove())

const cli = (...argv: string[]) => runCliIn(temp.dir, [...argv, '--library', library])
const json = <T>(...argv: string[]): T => JSON.parse(cli(...argv, '--json').stdout) as T

const PAGE =
  '职工书屋新添图书\n\n本报讯 近日，市总工会为基层职工书屋送去新书两千册，涵盖文学、历史和科普。\n'

describe('inkstone replace and undo', () => {
  it('replaces a page with a file, and undo brings the page back', () => {
    expect(cli('import', SEED_DIR).code).toBe(0)
    const [source] = json<Array<{ id: number; name: string }>>('sources')
    const titles = () =>
      json<Array<{ title: string; sourceId: number }>>('stories')
        .filter((story) => story.sourceId === source.id)
        .map((story) => story.title)
    const before = titles()
    const file = join(temp.dir, 'shuwu.txt')
    writeFileSync(file, PAGE)

    const replaced = json<{ id: number; label: string; source: { name: string } }>(
      'replace',
      String(source.id),
      file,
    )
    expect(replaced).toMatchObject({
      label: `Replaced “${source.name}” with “shuwu.txt”`,
      source: { name: 'shuwu.txt' },
    })
    expect(titles()).toEqual(['职工书屋新添图书'])

    expect(cli('undo', String(replaced.id)).stdout).toBe(`Undone: ${replaced.label}\n`)
    expect(titles()).toEqual(before)
    expect(cli('undo').stdout).toBe('Nothing to undo.\n')
  })

  it('says what is wrong with the page id or the file', () => {
    expect(cli('import', SEED_DIR).code).toBe(0)
    const file = join(temp.dir, 'page.txt')
    writeFileSync(file, PAGE)
    expect(cli('replace', 'one', file).code).toBe(2)
    expect(cli('replace', '1').code).toBe(2)
    expect(cli('replace', '999', file)).toMatchObject({ code: 1, stderr: /no source with id 999/ })
    expect(cli('replace', '1', join(temp.dir, 'missing.txt'))).toMatchObject({
      code: 1,
      stderr: /no such file/,
    })
    expect(cli('replace', '1', temp.dir)).toMatchObject({ code: 1, stderr: /not a regular file/ })
  })
})
