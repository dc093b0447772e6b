/**
 * The version of the splitter's output, stored with every page it split. Bump it whenever the
 * splitter (or the text cleanup it runs) splits any page differently: re-importing a page whose
 * bytes are unchanged re-splits it only when it was stored by an older version. Pages stored
 * before versions were kept are version 0.
 */
export const SPLITTER_VERSION = 2
