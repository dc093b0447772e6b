import { preloadFirstScreen } from './preloadFirstScreen'

// Imported first by main.tsx, so the first screen's requests leave while the rest of the script
// (React DOM, i18next, the features) is still being evaluated: their answers are usually in by
// the time it has been, instead of being asked for only then.
/** The first screen's data: resolves when every request for it has answered. */
export const firstScreenRequests: Promise<unknown> = preloadFirstScreen()
