import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCliIn } from './cliHarness'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: string
beforeEach(() => {
  temp = tempDir('cli-annotations')
  library = join(temp.dir, 'library')
})
afterEach(() => temp.remove())

const cli = (...argv: string[]) => runCliIn(temp.dir, [...argv, '--library', library])
const json = <T>(...argv: string[]): T => JSON.parse(cli(...argv, '--json').stdout) as T

const storyWith = (text: string): string => {
  const stories = json<Array<{ id: string; body: string }>>('stories', '--full')
  return stories.find((story) => story.body.includes(text))!.id
}

describe('inkstone CLI: annotations', () => {
  beforeEach(() => {
    expect(cli('import', SEED_DIR).code).toBe(0)
  })

  it('tags and untags stories, and lists tags with counts', () => {
    const id = storyWith('疗休养')
    expect(json('tag', id, '工会', '帮扶')).toEqual({ id, tags: ['帮扶', '工会'] })
    expect(json<Array<{ name: string; storyCount: number }>>('tags')).toMatchObject([
      { name: '帮扶', storyCount: 1 },
      { name: '工会', storyCount: 1 },
    ])
    expect(json('untag', id, '帮扶')).toEqual({ id, tags: ['工会'] })
    expect(cli('tag', 'nope', 'x')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no story with id "nope"/),
    })
  })

  it('highlights a quoted passage with colour and note, and lists highlights', () => {
    const id = storyWith('疗休养')
    const made = json<{ id: string; quote: { exact: string }; color: string }>(
      'highlight',
      id,
      '--quote',
      '疗休养',
      '--color',
      'green',
      '--note',
      '好政策',
    )
    expect(made).toMatchObject({ quote: { exact: '疗休养' }, color: 'green' })
    expect(json<Array<{ id: string; note: string }>>('highlights', '--story', id)).toMatchObject([
      { id: made.id, note: '好政策' },
    ])
    expect(cli('highlights', '--color', 'green').stdout).toContain('“疗休养”')
    expect(cli('highlight', id, '--quote', '没有这句话').code).toBe(1)
    expect(cli('highlight', id, '--quote', '疗休养', '--color', 'neon').code).toBe(2)
  })

  it('sets and prints a story note', () => {
    const id = storyWith('疗休养')
    expect(cli('note', id, '值得再读').code).toBe(0)
    expect(cli('note', id).stdout.trim()).toBe('值得再读')
    expect(json('note', id, '')).toBeNull()
  })

  it('creates, fills, lists and empties a collection; favourites a story', () => {
    const first = storyWith('疗休养')
    const second = storyWith('困难职工')
    expect(cli('collection', 'create', '周末').code).toBe(0)
    expect(json('collection', 'add', '周末', first, second)).toMatchObject({
      name: '周末',
      storyCount: 2,
    })
    expect(json<Array<{ id: string }>>('collection', 'list', '周末').map((s) => s.id)).toEqual([
      first,
      second,
    ])
    expect(json('collection', 'remove', '周末', first)).toMatchObject({ storyCount: 1 })
    expect(cli('collection', 'create', '周末').code).toBe(1)
    expect(cli('collection', 'explode').code).toBe(2)
    expect(json('favorite', first)).toEqual({ id: first, isFavorite: true })
  })
})
