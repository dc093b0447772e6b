/**
 * Pages larger than this are refused: no newsletter page comes close, and it bounds memory.
 * Shared so the page can refuse a file before sending it, with the same limit main applies.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024
