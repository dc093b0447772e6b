// A terminal acts on these rather than showing them: C0 (but newline and tab) and DEL, C1
// (0x9B is an 8-bit CSI: `\u009b2J` clears the screen like ESC [2J), and the bidi overrides
// and isolates that make text read differently from the bytes. Imported pages, file names and
// notes may carry any of them, and an escape sequence can set the window title, write the
// clipboard (OSC 52) or hide a link (OSC 8).
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

// JSON.stringify escapes C0 but passes DEL, C1 and the bidi controls through as they are.
const JSON_UNESCAPED_CONTROLS = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** Text with every character a terminal would act on removed; newlines and tabs stay. */
export const terminalSafe = (text: string): string => text.replace(TERMINAL_CONTROLS, '')

/**
 * JSON text with DEL, C1 and bidi controls written as \uXXXX escapes: the same value once
 * parsed, and nothing a terminal acts on when it is printed.
 */
export const terminalSafeJson = (json: string): string =>
  json.replace(
    JSON_UNESCAPED_CONTROLS,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
