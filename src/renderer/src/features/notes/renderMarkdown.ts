import DOMPurify from 'dompurify'
import { marked } from 'marked'

/**
 * A note's Markdown as safe HTML: marked renders it, DOMPurify removes anything that could run
 * (scripts, event handlers, javascript: links) or load from elsewhere (the CSP would block it
 * anyway). Links are tagged for the click handler, which opens them outside the app.
 */
export const renderMarkdown = (markdown: string): string =>
  DOMPurify.sanitize(marked.parse(markdown, { async: false, gfm: true, breaks: true }), {
    FORBID_TAGS: ['style', 'img', 'iframe', 'form', 'input'],
    FORBID_ATTR: ['style'],
  })
