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
/** A tag's id. */
export type TagId = Brand<number, 'TagId'>
/** A highlight's id (string, generated in core). */
export type HighlightId = Brand<string, 'HighlightId'>
/** A collection's id. */
export type CollectionId = Brand<number, 'CollectionId'>
/** An undoable action's id, handed back so the page can offer "Undo". */
export type UndoId = Brand<number, 'UndoId'>

/** Marks a plain number as a TagId. */
export const asTagId = (value: number): TagId => value as TagId
/** Marks a plain string as a HighlightId. */
export const asHighlightId = (value: string): HighlightId => value as HighlightId
/** Marks a plain number as a CollectionId. */
export const asCollectionId = (value: number): CollectionId => value as CollectionId
/** Marks a plain number as an UndoId. */
export const asUndoId = (value: number): UndoId => value as UndoId
