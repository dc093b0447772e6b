import { hasOrgName, isSubtitle } from '../text/headingCues'
import type { Paragraph } from '../text/buildParagraphs'
import type { Credit } from '../text/bylineCues'
import type { Line } from '../text/readLines'
import { newDraft, type Draft } from './draft'
import { isSubheadLike, isSubheadSeries, isSubheadShaped, splitHeadlineRun } from './headlineShape'
import { hasOwnCredit, isRepeatedLater, nextBody } from './paragraphsAhead'
import { pushAll } from './pushAll'
import { NO_DEADLINE, type Deadline } from '../text/deadline'

/** Stories found in reading order, and headline lines that stand away from their story. */
export interface Segmentation {
  drafts: Draft[]
  stranded: Line[][]
}

/** True when a headline over `body` opens a new story rather than a subhead of `story`. */
function opensStory(
  story: Draft,
  headline: Line[],
  body: Paragraph,
  rest: Paragraph[],
  from: number,
): boolean {
  if (story.paragraphs.length === 0 || body.isDateline) return true
  if (headline.some((line) => isSubtitle(line.text) || hasOrgName(line.text))) return true
  if (!story.isEnded) return !isSubheadLike(headline)
  return !(isSubheadShaped(headline) && isSubheadSeries(rest, from))
}

/**
 * True when the first line of a headline run is the caption of a picture printed without a
 * credit: it sits right under a picture's gap (two or more blank lines) in the middle of a story,
 * and a subhead of that story follows it (基层示范工会推进会现场 / 锐意改革创新…).
 */
function isUncreditedCaption(
  story: Draft,
  run: Line[],
  body: Paragraph,
  rest: Paragraph[],
  from: number,
): boolean {
  if (run.length < 2 || !run[0].isAfterGap || isSubtitle(run[0].text)) return false
  if (story.paragraphs.length === 0 || story.isEnded) return false
  return !opensStory(story, run.slice(1), body, rest, from)
}

/** The walk over a page: finished stories, stranded headlines, and the story being read. */
interface Walk {
  paragraphs: Paragraph[]
  drafts: Draft[]
  stranded: Line[][]
  story: Draft
}

function close(walk: Walk): void {
  if (walk.story.paragraphs.length > 0) walk.drafts.push(walk.story)
  else if (walk.story.headline.length > 0) walk.stranded.push(walk.story.headline)
  walk.story = newDraft()
}

function addByline(story: Draft, byline: string, lines: Line[]): void {
  story.bylines.push(byline)
  pushAll(story.lines, lines)
}

/** Reads a run of headline lines starting at `at`; returns the index of its last paragraph. */
function readHeadlines(walk: Walk, at: number): number {
  const { paragraphs, story } = walk
  const start = at
  const run: Line[] = []
  while (paragraphs[at]?.role === 'heading') pushAll(run, paragraphs[at++].lines)
  const body = nextBody(paragraphs, at)
  if (body?.role === 'body' && isUncreditedCaption(story, run, body, paragraphs, at)) {
    const caption = newDraft([run[0]])
    caption.paragraphs.push(paragraphs[start])
    caption.kind = 'photo'
    walk.drafts.push(caption)
    run.shift()
  }
  const { headline, stranded } = splitHeadlineRun(run)
  if (body?.role !== 'body' || headline.length === 0) {
    walk.stranded.push(run)
    return at - 1
  }
  if (stranded.length > 0) walk.stranded.push(stranded)
  if (opensStory(story, headline, body, paragraphs, at)) {
    close(walk)
    walk.story = newDraft(headline)
  } else {
    const isInHeadline = new Set(headline)
    pushAll(
      story.paragraphs,
      paragraphs.slice(start, at).filter((each) => isInHeadline.has(each.lines[0])),
    )
    pushAll(story.lines, headline)
    story.isEnded = false
  }
  return at - 1
}

/** A byline or credit line: it ends the story unless the same byline comes again later. */
function readCreditLine(walk: Walk, at: number): void {
  const { paragraphs, story } = walk
  const credit = paragraphs[at].credit as NonNullable<Paragraph['credit']>
  addByline(story, credit.byline, paragraphs[at].lines)
  if (story.paragraphs.length === 0) return
  const isFollowed = paragraphs[at + 1]?.role === 'body'
  story.isEnded = !(isFollowed && isRepeatedLater(paragraphs, at + 1, credit.byline))
}

/**
 * True when a credited caption printed under a picture's gap in the middle of an open story
 * (the story's text goes on under it) was read as a photo item of its own, leaving the story open.
 */
function readInsetPhoto(walk: Walk, at: number, credit: Credit, creditLine: Paragraph | null) {
  const paragraph = walk.paragraphs[at]
  const after = walk.paragraphs[creditLine ? at + 2 : at + 1]
  const isOpen = walk.story.paragraphs.length > 0 && !walk.story.isEnded
  const isInset = isOpen && paragraph.lines[0].isAfterGap && after?.role === 'body'
  if (!isInset || after.isDateline) return false
  const caption = newDraft()
  caption.paragraphs.push(paragraph)
  pushAll(caption.lines, paragraph.lines)
  addByline(caption, credit.byline, creditLine ? creditLine.lines : [])
  caption.kind = 'photo'
  walk.drafts.push(caption)
  return true
}

/** A body paragraph: part of the story, the start of a new one, or a captioned photo. */
function readBody(walk: Walk, at: number): number {
  const paragraph = walk.paragraphs[at]
  const following = walk.paragraphs[at + 1]
  const lineCredit = following?.role === 'credit' && following.credit?.isPhoto ? following : null
  const photo = paragraph.trailing?.isPhoto ? paragraph.trailing : lineCredit?.credit
  if (photo && readInsetPhoto(walk, at, photo, lineCredit)) return lineCredit ? at + 1 : at
  const story0 = walk.story
  // Paragraphs under a byline that no headline, dateline or credit of their own sets apart go
  // on with the story: the byline was printed under its lead (小小驿站… / 章萍 / 目前，…).
  const isMore =
    story0.isEnded &&
    story0.kind === 'article' &&
    !paragraph.isDateline &&
    !photo &&
    !hasOwnCredit(walk.paragraphs, at)
  if (isMore) story0.isEnded = false
  const isOpen = story0.paragraphs.length > 0 && !story0.isEnded
  const isNext = story0.isEnded || paragraph.isDateline || (Boolean(photo) && !isOpen)
  if (walk.story.paragraphs.length > 0 && isNext) close(walk)
  const story = walk.story
  story.paragraphs.push(paragraph)
  pushAll(story.lines, paragraph.lines)
  if (photo) {
    // A credited caption inside an open story credits that story's picture; an untitled run of
    // paragraphs closed by a photo credit is a caption in several paragraphs.
    const isCaption = !isOpen || (story.headline.length === 0 && story.bylines.length === 0)
    addByline(story, photo.byline, lineCredit ? lineCredit.lines : [])
    if (isCaption) story.kind = 'photo'
    story.isEnded = true
    return lineCredit ? at + 1 : at
  }
  if (paragraph.trailing) {
    addByline(story, paragraph.trailing.byline, [])
    story.isEnded = true
  }
  return at
}

/**
 * Walks a page's paragraphs and cuts them into stories. Cues: headlines (with kicker and
 * subtitle), datelines open a story, bylines and credits close one, labels separate, a caption
 * with a photo credit is a story of its own; subheads stay inside the story they follow.
 */
export function segmentStories(
  paragraphs: Paragraph[],
  deadline: Deadline = NO_DEADLINE,
): Segmentation {
  const walk: Walk = { paragraphs, drafts: [], stranded: [], story: newDraft() }
  for (let at = 0; at < paragraphs.length; at++) {
    deadline.check()
    const role = paragraphs[at].role
    if (role === 'label') close(walk)
    else if (role === 'heading') at = readHeadlines(walk, at)
    else if (role === 'credit') readCreditLine(walk, at)
    else at = readBody(walk, at)
  }
  close(walk)
  walk.drafts.sort((a, b) => a.lines[0].index - b.lines[0].index)
  return { drafts: walk.drafts, stranded: walk.stranded }
}
