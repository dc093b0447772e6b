/**
 * Appends items one by one. `target.push(...items)` passes every item as an argument, and a
 * page's worth of lines (a paragraph of 100,000 lines) overflows the call stack.
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}
