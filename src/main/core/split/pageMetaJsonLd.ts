/** What a page's JSON-LD (schema.org) says about its article. */
export interface JsonLdArticle {
  headline: string | null
  authors: string[]
  published: string | null
  publisher: string | null
}

// schema.org types of a written piece; a WebPage or Organization block says nothing about it.
const ARTICLE_TYPE =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|ScholarlyArticle|TechArticle|Report|MedicalScholarlyArticle|APIReference|AdvertiserContentArticle|SatiricalArticle|Review|CreativeWork)$/
// Pages carry a few blocks of a few kilobytes; a bigger one is not worth parsing.
const MAX_BLOCK = 512 * 1024
const MAX_NODES = 2_000

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const text = (value: Json | undefined): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

const typesOf = (node: { [key: string]: Json }): string[] => {
  const type = node['@type']
  const list = Array.isArray(type) ? type : [type]
  return list.filter((each): each is string => typeof each === 'string')
}

/** Names of the authors: a string, a Person or Organization with a name, or a list of them. */
function authorNames(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : [value]
  const names: string[] = []
  for (const each of list) {
    const name = isObject(each) ? text(each.name) : text(each)
    // An author given as a profile address names no one.
    if (name && !/^https?:\/\//i.test(name)) names.push(name)
  }
  return names
}

/** Every object of a block, depth first (@graph lists and nested values included), bounded. */
function objectsOf(root: Json): Array<{ [key: string]: Json }> {
  const found: Array<{ [key: string]: Json }> = []
  const queue: Json[] = [root]
  for (let at = 0; at < queue.length && at < MAX_NODES; at++) {
    const node = queue[at]
    if (Array.isArray(node)) for (const each of node) queue.push(each)
    else if (isObject(node)) {
      found.push(node)
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement'])
        if (node[key] !== undefined) queue.push(node[key])
    }
  }
  return found
}

/**
 * Reads the first article described in the page's JSON-LD blocks: its headline, authors,
 * publication date and publisher. Broken JSON is passed over, as browsers do.
 */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  for (const block of blocks) {
    if (block.length > MAX_BLOCK) continue
    let parsed: Json
    try {
      // Some sites wrap the JSON in an HTML comment or CDATA marker.
      parsed = JSON.parse(block.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '')) as Json
    } catch {
      continue
    }
    const article = objectsOf(parsed).find((node) =>
      typesOf(node).some((type) => ARTICLE_TYPE.test(type)),
    )
    if (!article) continue
    const publisher = isObject(article.publisher) ? text(article.publisher.name) : null
    return {
      headline: text(article.headline) ?? text(article.name),
      authors: authorNames(article.author),
      published: text(article.datePublished) ?? text(article.dateCreated),
      publisher,
    }
  }
  return null
}
