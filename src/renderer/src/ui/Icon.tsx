// Stroke icons drawn on a 24-unit grid, inline so they follow currentColor and need no
// font or image request (the CSP allows none from elsewhere anyway).
const PATHS = {
  search: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14zM20 20l-4-4',
  import: 'M12 4v11M7 10l5 5l5-5M5 20h14',
  settings: 'M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4',
  keyboard: 'M3 6h18v12H3zM7 10h0M11 10h0M15 10h0M8 14h8',
  sidebar: 'M3 5h18v14H3zM9 5v14',
  list: 'M8 6h12M8 12h12M8 18h12M4 6h0M4 12h0M4 18h0',
  photo: 'M3 6h18v13H3zM3 16l5-5l4 4l3-3l6 6M16 9.5a1 1 0 1 0 0 .1',
  article: 'M6 3h9l4 4v14H6zM9 10h7M9 14h7M9 18h4',
  check: 'M5 12.5l4.5 4.5L19 7',
  circle: 'M12 7a5 5 0 1 0 0 10a5 5 0 1 0 0-10z',
  up: 'M6 15l6-6l6 6',
  down: 'M6 9l6 6l6-6',
  close: 'M6 6l12 12M18 6L6 18',
  books: 'M4 4h4v16H4zM10 4h4v16h-4zM16 5l3.8-1l2.2 15.5l-3.8 1z',
  inbox: 'M3 13l3-8h12l3 8v6H3zM3 13h5l1 3h6l1-3h5',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4',
  folder: 'M3 6h6l2 2h10v11H3z',
  alert: 'M12 3l10 18H2zM12 10v5M12 18h0',
  textSmaller: 'M4 18l5-12l5 12M6 14h6M16 12h5',
  textLarger: 'M4 18l5-12l5 12M6 14h6M16 12h5M18.5 9.5v5',
  star: 'M12 3.5l2.6 5.3l5.9.9l-4.3 4.1l1 5.8L12 16.9l-5.2 2.7l1-5.8l-4.3-4.1l5.9-.9z',
  tag: 'M3 12V4h8l10 10l-8 8zM7.5 7.5h0',
  highlight: 'M4 20h16M6 16l9-9l3 3l-9 9H6zM13 9l3 3',
  collection: 'M4 6h16M4 12h16M4 18h10M18 16v6M15 19h6',
  pencil: 'M4 20l1-4L16 5l3 3L8 19zM14 7l3 3',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  note: 'M5 4h14v16H5zM8 9h8M8 13h8M8 17h5',
  scissors: 'M6 6a2 2 0 1 0 0 .1M6 18a2 2 0 1 0 0 .1M8 7l12 10M8 17L20 7',
  merge: 'M6 4v6c0 3 6 4 6 7v3M18 4v6c0 3-6 4-6 7',
  sparkle: 'M12 3v5M12 16v5M3 12h5M16 12h5',
  replace: 'M4 11a8 8 0 0 1 14-4.5M18 3v4h-4M20 13a8 8 0 0 1-14 4.5M6 21v-4h4',
} as const

/** The name of a drawn icon. */
export type IconName = keyof typeof PATHS

/** A decorative icon (hidden from assistive technology; label the control instead). */
export const Icon = ({ name, size = 18 }: { name: IconName; size?: number }) => (
  <svg
    className="icon"
    width={size}
    height={size}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={1.75}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d={PATHS[name]} />
  </svg>
)
