import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { spanOf, useSeededLibrary } from './libraryFixture'

const fixture = useSeededLibrary()

const PAGE = [
  '第一篇标题',
  '',
  '本报讯 第一段讲的是职工疗休养活动的安排和组织情况。',
  '',
  '第二段其实是另一篇报道：困难职工帮扶资金已经发放到位。',
  '',
  '第三段继续讲帮扶资金的使用与监督。',
  '',
].join('\n')

/** A library holding one small page, closed after `run`. */
const withPage = (run: (library: Library, file: string) => void, text = PAGE) => {
  const file = join(fixture.dir(), 'page.txt')
  writeFileSync(file, text)
  const library = openLibrary(join(fixture.dir(), 'undo'))
  try {
    library.importPaths([file])
    run(library, file)
  } finally {
    library.close()
  }
}

const refusal = (run: () => unknown): LibraryError => {
  try {
    run()
  } catch (error) {
    if (error instanceof LibraryError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

const titles = (library: Library) => library.listStories().map((s) => s.title)

describe('undo is one history, newest first', () => {
  it('after a recolour then a merge, undo takes back the merge first, then the recolour', () => {
    withPage((library, file) => {
      const [story] = library.listStories()
      const { first, second } = library.splitStory(story.id, 1)
      const [tag] = library.addTags([second], ['帮扶'])
      const body = library.getStory(second)!.body
      const highlight = library.createHighlight(second, {
        ...spanOf(body, '发放到位'),
        color: 'blue',
      })
      library.updateTag(tag.id, { color: 'red' })
      const beforeMerge = library.listStories().map((s) => [s.id, s.title])

      library.mergeWithNext(first)
      expect(library.listStories()).toHaveLength(1)

      expect(library.undo()?.action).toEqual({
        code: 'mergeStories',
        params: { title: '第一篇标题' },
      })
      expect(library.listStories().map((s) => [s.id, s.title])).toEqual(beforeMerge)
      expect(library.listHighlights({ storyId: second })).toMatchObject([
        { id: highlight.id, position: highlight.position },
      ])
      expect(library.getStory(second)!.tags.map((t) => t.name)).toEqual(['帮扶'])
      expect(library.listTags()[0].color).toBe('red')
      expect(library.search('发放到位').map((hit) => hit.id)).toEqual([second])
      // The merge correction went with it: importing the page again keeps two stories.
      writeFileSync(file, PAGE.replace('第三段继续讲', '第三段（修订）继续讲'))
      library.importPaths([file])
      expect(library.listStories()).toHaveLength(2)

      expect(library.undo()?.action.code).toBe('recolorTag')
      expect(library.listTags()[0].color).not.toBe('red')
    })
  })

  it('undoes a split: one story again, its highlight back on it, the correction gone', () => {
    withPage((library) => {
      const [story] = library.listStories()
      const body = library.getStory(story.id)!.body
      const highlight = library.createHighlight(story.id, {
        ...spanOf(body, '帮扶资金的使用'),
        color: 'pink',
      })
      const { second } = library.splitStory(story.id, 2)
      expect(library.listHighlights({ storyId: second })).toHaveLength(1)
      expect(library.undo()?.action).toEqual({
        code: 'splitStory',
        params: { title: '第一篇标题' },
      })
      expect(library.listStories().map((s) => s.id)).toEqual([story.id])
      expect(library.getStory(second)).toBeNull()
      expect(library.listHighlights({})).toMatchObject([
        { id: highlight.id, storyId: story.id, position: highlight.position },
      ])
      expect(library.getStory(story.id)!.body).toBe(body)
      library.resplitPages()
      expect(library.listStories()).toHaveLength(1)
    })
  })

  it('undoes a headline edit, and re-import no longer replays it', () => {
    withPage((library, file) => {
      const [story] = library.listStories()
      library.setTitle(story.id, '新的标题')
      expect(titles(library)).toEqual(['新的标题'])
      expect(library.undo()?.action).toEqual({ code: 'setHeadline', params: { title: '新的标题' } })
      expect(titles(library)).toEqual(['第一篇标题'])
      expect(library.search('新的标题')).toEqual([])
      expect(library.search('第一篇标题').map((hit) => hit.id)).toEqual([story.id])
      writeFileSync(file, PAGE.replace('第三段继续讲', '第三段（修订）继续讲'))
      library.importPaths([file])
      expect(titles(library)).toEqual(['第一篇标题'])
    })
  })

  it('undoes tags, highlights, notes and collections one step at a time, in order', () => {
    const library = fixture.library()
    const [a, b] = library.listStories()
    const [tag] = library.addTags([a.id, b.id], ['待读'])
    library.removeTags([b.id], [tag.id])
    const h = library.createHighlight(a.id, { start: 0, end: 4, color: 'yellow', tags: ['要点'] })
    library.updateHighlight(h.id, { color: 'green', note: '注' })
    library.reattachHighlight(h.id, { start: 1, end: 5 })
    expect(library.listHighlights({ storyId: a.id })[0].position).toMatchObject({ start: 1 })
    library.saveNote(a.id, '第一稿')
    library.saveNote(a.id, '第二稿')
    const list = library.createCollection('周末读')
    library.renameCollection(list.id, '周末')
    library.addToCollection(list.id, [a.id, b.id])
    library.reorderCollection(list.id, [b.id, a.id])
    library.removeFromCollection(list.id, [a.id])

    const steps: string[] = []
    for (let ticket = library.undo(); ticket; ticket = library.undo()) {
      steps.push(ticket.action.code)
      if (ticket.action.code === 'reorderCollection') {
        expect(library.listStories({ collectionId: list.id }).map((s) => s.id)).toEqual([
          a.id,
          b.id,
        ])
      }
      if (ticket.action.code === 'reattachHighlight') {
        expect(library.listHighlights({ storyId: a.id })[0].position).toMatchObject({ start: 0 })
      }
      if (ticket.action.code === 'updateHighlight') {
        expect(library.listHighlights({ storyId: a.id })[0]).toMatchObject({ color: 'yellow' })
      }
    }
    // Two saves of one note right after one another are one step.
    expect(steps).toEqual([
      'removeFromCollection',
      'reorderCollection',
      'addToCollection',
      'renameCollection',
      'createCollection',
      'saveNote',
      'reattachHighlight',
      'updateHighlight',
      'createHighlight',
      'removeTags',
      'addTags',
    ])
    expect(library.listTags()).toEqual([])
    expect(library.listHighlights({})).toEqual([])
    expect(library.getNote(a.id)).toBeNull()
    expect(library.listCollections()).toEqual([])
  })

  it('refuses an older step while a newer one waits, and applies nothing', () => {
    const library = fixture.library()
    const [story] = library.listStories()
    const [tag] = library.addTags([story.id], ['工会'])
    const recolour = library.updateTag(tag.id, { color: 'red' })
    library.saveNote(story.id, '笔记')
    const refused = refusal(() => library.undo(recolour.id))
    expect(refused.code).toBe('CONFLICT')
    expect(refused.detail?.key).toBe('undoNotLatest')
    expect(library.listTags()[0].color).toBe('red')
    expect(library.getNote(story.id)?.markdown).toBe('笔记')
    expect(library.undo()?.action.code).toBe('saveNote')
    expect(library.undo(recolour.id)).toEqual(recolour)
  })

  it('refuses a step whose rows changed since, drops it, and never undoes an older one instead', () => {
    withPage((library, file) => {
      const [story] = library.listStories()
      library.addTags([story.id], ['工会'])
      library.setTitle(story.id, '新的标题')
      // Importing a changed page is no reader's step: it rewrites the story behind the log.
      writeFileSync(file, PAGE.replace('第三段继续讲', '第三段（修订）继续讲'))
      library.importPaths([file])
      expect(library.getStory(story.id)!.body).toContain('修订')
      const refused = refusal(() => library.undo())
      expect(refused.detail?.key).toBe('undoConflict')
      expect(library.getStory(story.id)!.tags.map((t) => t.name)).toEqual(['工会'])
      expect(library.undo()?.action.code).toBe('addTags')
      expect(library.undo()).toBeNull()
    })
  })

  it('keeps the newest 100 steps', () => {
    const library = fixture.library()
    for (let index = 0; index < 103; index++) library.createCollection(`合集${index}`)
    let count = 0
    while (library.undo()) count++
    expect(count).toBe(100)
    expect(library.listCollections().map((c) => c.name)).toEqual(['合集0', '合集1', '合集2'])
  })

  it('records nothing for a change that changed nothing, nor for an annotation import', () => {
    const library = fixture.library()
    const [story] = library.listStories()
    library.removeTags([story.id], [])
    expect(library.undoable(() => library.saveNote(story.id, '')).undo).toBeNull()
    const made = library.undoable(() => library.addTags([story.id], ['工会']))
    expect(made.undo?.action).toEqual({ code: 'addTags', params: { names: ['工会'] } })
    const h = library.undoable(() =>
      library.createHighlight(story.id, {
        start: 0,
        end: 2,
        color: 'blue',
        note: '注',
        tags: ['甲'],
      }),
    ).value
    const same = { color: 'blue' as const, note: ' 注 ', tags: ['甲'] }
    expect(library.undoable(() => library.updateHighlight(h.id, same)).undo).toBeNull()
    expect(library.undo()?.action.code).toBe('createHighlight')
    library.withoutUndo(() =>
      library.createHighlight(story.id, { start: 0, end: 2, color: 'blue' }),
    )
    expect(library.undo()).toEqual(made.undo)
    expect(library.undo()).toBeNull()
  })
})
