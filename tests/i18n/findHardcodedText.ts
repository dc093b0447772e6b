// No node: imports here: tests/i18n is typed with the renderer's tsconfig (no Node types), so
// files are read through TypeScript's own ts.sys.
import ts from 'typescript'

/** A piece of user-visible text written straight into a component instead of going through t(). */
export interface HardcodedText {
  file: string
  line: number
  /** 'text' for a JSX text node, else the attribute's name. */
  where: string
  text: string
}

/** Attributes a reader sees or hears: tooltips, accessible names, hints, and our components' text props. */
const VISIBLE_ATTRIBUTE =
  /^(title|placeholder|alt|label|body|aria-label|aria-description|aria-valuetext|aria-roledescription|\w+Label|\w+Title)$/

/** Properties of option objects that end up on screen. */
const VISIBLE_PROPERTY = /^(label|title|placeholder|body|message|tooltip|description)$/

// Stored ids that are English words ('teal', 'photo'): shown as they are, they are untranslated.
const RAW_ID_PROPERTIES = new Set(['color', 'kind'])

// A word: a Latin letter or a Han character. Punctuation, digits and symbols (×, ★, ·) are not words.
const WORDLIKE = /[A-Za-z\p{Script=Han}]/u

/** The literal text an attribute's value holds, when it is written out rather than computed. */
const literalOf = (node: ts.Expression | undefined): string | null => {
  if (!node) return null
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
  }
  if (ts.isJsxExpression(node)) return literalOf(node.expression)
  if (ts.isParenthesizedExpression(node)) return literalOf(node.expression)
  if (ts.isConditionalExpression(node)) {
    const parts = [literalOf(node.whenTrue), literalOf(node.whenFalse)].filter((p) => p !== null)
    return parts.length > 0 ? parts.join(' ') : null
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const parts = [literalOf(node.left), literalOf(node.right)].filter((p) => p !== null)
    return parts.length > 0 ? parts.join(' ') : null
  }
  return null
}

/** A stored id (`tag.color`) shown as it is: the value, or a template's substitution. */
const rawIdIn = (node: ts.Expression | undefined): string | null => {
  if (!node) return null
  if (ts.isJsxExpression(node) || ts.isParenthesizedExpression(node))
    return rawIdIn(node.expression)
  if (ts.isPropertyAccessExpression(node) && RAW_ID_PROPERTIES.has(node.name.text)) {
    return `{${node.getText()}}`
  }
  if (ts.isTemplateExpression(node)) {
    for (const span of node.templateSpans) {
      const found = rawIdIn(span.expression)
      if (found !== null) return found
    }
  }
  return null
}

/** Every hard-coded visible text in one file's source. */
export const findInSource = (file: string, source: string): HardcodedText[] => {
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  )
  const found: HardcodedText[] = []
  const add = (node: ts.Node, where: string, text: string) => {
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1
    found.push({ file, line, where, text: text.trim() })
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDLIKE.test(node.text)) add(node, 'text', node.text)
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTE.test(node.name.getText(sourceFile))) {
      const name = node.name.getText(sourceFile)
      const text = literalOf(node.initializer as ts.Expression | undefined)
      if (text !== null && WORDLIKE.test(text)) add(node, name, text)
      const rawId = rawIdIn(node.initializer as ts.Expression | undefined)
      if (rawId !== null) add(node, name, rawId)
    }
    // Options handed to components as data: { value: 'en', label: 'English' }.
    if (
      ts.isPropertyAssignment(node) &&
      VISIBLE_PROPERTY.test(node.name.getText(sourceFile)) &&
      (ts.isStringLiteral(node.initializer) ||
        ts.isNoSubstitutionTemplateLiteral(node.initializer)) &&
      WORDLIKE.test(node.initializer.text)
    ) {
      add(node, node.name.getText(sourceFile), node.initializer.text)
    }
    // A literal string as a JSX child: <p>{'Loading'}</p>.
    if (
      ts.isJsxExpression(node) &&
      node.parent &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const text =
        node.expression &&
        (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression))
          ? node.expression.text
          : null
      if (text !== null && WORDLIKE.test(text)) add(node, 'text', text)
      const rawId = rawIdIn(node.expression)
      if (rawId !== null) add(node, 'text', rawId)
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return found
}

/** Every hard-coded visible text in the .tsx and .ts files under `root` (not i18n/), paths relative to `base`. */
export const findHardcodedText = (root: string, base: string): HardcodedText[] =>
  ts.sys
    .readDirectory(root, ['.tsx', '.ts'])
    // The translations themselves, and type declarations, are where words belong.
    .filter((path) => !path.includes('/i18n/') && !path.endsWith('.d.ts'))
    .sort()
    .flatMap((path) => findInSource(path.slice(base.length + 1), ts.sys.readFile(path) ?? ''))

/** The repository's root: the tests run from there. */
export const repoRoot = (): string => ts.sys.getCurrentDirectory().replaceAll('\\', '/')
