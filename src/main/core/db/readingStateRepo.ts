import type { Database } from 'better-sqlite3'
import type { StoryId } from '../../../shared/ids'

/** SQL for reading_state: the reader's marks on a story, kept apart from what was imported. */
export function readingStateRepo(db: Database) {
  const setRead = db.prepare<[{ id: string; isRead: number }]>(`
    INSERT INTO reading_state (story_id, is_read) VALUES (@id, @isRead)
    ON CONFLICT (story_id) DO UPDATE SET is_read = excluded.is_read`)
  const saveProgress = db.prepare<[{ id: string; progress: number; openedAt: string }]>(`
    INSERT INTO reading_state (story_id, progress, last_opened_at) VALUES (@id, @progress, @openedAt)
    ON CONFLICT (story_id) DO UPDATE
      SET progress = excluded.progress, last_opened_at = excluded.last_opened_at`)
  const markOpened = db.prepare<[{ id: string; openedAt: string }]>(`
    INSERT INTO reading_state (story_id, last_opened_at) VALUES (@id, @openedAt)
    ON CONFLICT (story_id) DO UPDATE SET last_opened_at = excluded.last_opened_at`)

  const setFavorite = db.prepare<[{ id: string; isFavorite: number }]>(`
    INSERT INTO reading_state (story_id, is_favorite) VALUES (@id, @isFavorite)
    ON CONFLICT (story_id) DO UPDATE SET is_favorite = excluded.is_favorite`)

  return {
    setFavorite: (id: StoryId, isFavorite: boolean): void => {
      setFavorite.run({ id, isFavorite: isFavorite ? 1 : 0 })
    },
    setRead: (id: StoryId, isRead: boolean): void => {
      setRead.run({ id, isRead: isRead ? 1 : 0 })
    },
    saveProgress: (id: StoryId, progress: number, openedAt: string): void => {
      saveProgress.run({ id, progress, openedAt })
    },
    markOpened: (id: StoryId, openedAt: string): void => {
      markOpened.run({ id, openedAt })
    },
  }
}

/** The reading state repository's shape. */
export type ReadingStateRepo = ReturnType<typeof readingStateRepo>
