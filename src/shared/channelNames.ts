// How a channel or event name becomes window.api's method name, in types and at run time.

type CamelPart<S extends string> = S extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : S
/** `stories:list` -> `storiesList`. */
export type MethodName<C extends string> = CamelPart<C>

/** `stories:list` -> `storiesList`, at run time. */
export const methodName = <C extends string>(channel: C): MethodName<C> =>
  channel.replace(/:(.)/, (_m, c: string) => c.toUpperCase()) as MethodName<C>

/** `import:progress` -> `onImportProgress`. */
export type EventMethodName<E extends string> = `on${Capitalize<CamelPart<E>>}`

/** `import:progress` -> `onImportProgress`, at run time. */
export const eventMethodName = <E extends string>(event: E): EventMethodName<E> => {
  const camel = methodName(event)
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}` as EventMethodName<E>
}
