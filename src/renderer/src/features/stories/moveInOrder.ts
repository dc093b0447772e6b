/** `ids` with `id` moved to `index` (clamped); the same array when nothing moves. */
export const moveInOrder = <T>(ids: readonly T[], id: T, index: number): T[] => {
  const from = ids.indexOf(id)
  const to = Math.min(Math.max(index, 0), ids.length - 1)
  if (from < 0 || from === to) return [...ids]
  const next = ids.filter((item) => item !== id)
  next.splice(to, 0, id)
  return next
}
