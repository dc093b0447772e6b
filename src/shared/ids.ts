/** Branded ids: a StoryId cannot be passed where a SourceId is expected. */
declare const brand: unique symbol
export type Brand<T, B extends string> = T & { readonly [brand]: B }

/** A story's stable id (string, survives re-import when its text is unchanged). */
export type StoryId = Brand<string, 'StoryId'>
/** An imported file's id. */
export type SourceId = Brand<number, 'SourceId'>

/** Marks a plain string as a StoryId (at trust boundaries: db rows, validated IPC args). */
export const asStoryId = (value: string): StoryId => value as StoryId
/** Marks a plain number as a SourceId. */
export const asSourceId = (value: number): SourceId => value as SourceId
