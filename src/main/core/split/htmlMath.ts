// A formula is kept as text: its TeX source when the page gives it (alttext, a TeX annotation),
// else its MathML read out in a line (x = (−b ± √(b^2 − 4ac))/(2a)).

// Operators printed with a space on each side; others (brackets, commas) hug their neighbours.
const SPACED = new Set(
  '= ≠ ≈ ≡ < > ≤ ≥ ≪ ≫ + − - ± ∓ × · ÷ → ← ↔ ⇒ ⇔ ∈ ∉ ⊂ ⊆ ∪ ∩ ∧ ∨ ∼ ≃ ∝'.split(' '),
)
const WRAPPERS = /^\{\\(?:displaystyle|textstyle|scriptstyle)\s*(.*)\}$/s

/** TeX as pages store it, without the \displaystyle wrapper Wikipedia adds. */
function cleanTex(tex: string): string {
  let text = tex.replace(/\s+/g, ' ').trim()
  for (let match = WRAPPERS.exec(text); match; match = WRAPPERS.exec(text)) text = match[1].trim()
  return text
}

// Marks set over a letter (ẋ, x̂, x̄, x⃗) rather than a limit or an exponent.
const ACCENTS = /^[˙¨^ˇ˘~˜¯‾→⃗´`ˆ.]$/u
const isAccent = (element: Element): boolean =>
  element.getAttribute('accent') === 'true' ||
  ACCENTS.test((element.lastElementChild?.textContent ?? '').trim())

const childrenOf = (element: Element): Element[] => [...element.children]

/** Wraps a part of more than one token in brackets, for ^, _ and fractions. */
const group = (text: string): string =>
  /^(?:\p{L}+|\p{N}+(?:\.\p{N}+)?|\(.*\))$/u.test(text) ? text : `(${text})`

/** MathML read out as a line of text. */
function readOut(element: Element): string {
  const name = element.localName
  const parts = childrenOf(element).map(readOut)
  switch (name) {
    case 'mi':
    case 'mn':
    case 'mtext':
    case 'ms':
      return (element.textContent ?? '').replace(/\s+/g, ' ').trim()
    case 'mo': {
      const op = (element.textContent ?? '').trim()
      return SPACED.has(op) ? ` ${op} ` : op === ',' ? ', ' : op
    }
    case 'msup':
      return `${parts[0] ?? ''}^${group(parts[1]?.trim() ?? '')}`
    case 'msub':
      return `${parts[0] ?? ''}_${group(parts[1]?.trim() ?? '')}`
    case 'msubsup':
      return `${parts[0] ?? ''}_${group(parts[1]?.trim() ?? '')}^${group(parts[2]?.trim() ?? '')}`
    case 'mfrac':
      return `${group(parts[0]?.trim() ?? '')}/${group(parts[1]?.trim() ?? '')}`
    case 'munder':
      return `${parts[0] ?? ''}_${group(parts[1]?.trim() ?? '')} `
    case 'mover':
      return isAccent(element)
        ? `${parts[0] ?? ''}${parts[1]?.trim() ?? ''}`
        : `${parts[0] ?? ''}^${group(parts[1]?.trim() ?? '')} `
    case 'munderover':
      return `${parts[0] ?? ''}_${group(parts[1]?.trim() ?? '')}^${group(parts[2]?.trim() ?? '')} `
    case 'msqrt':
      return `√${group(parts.join('').trim())}`
    case 'mroot':
      return `${group(parts[1]?.trim() ?? '')}√${group(parts[0]?.trim() ?? '')}`
    case 'semantics':
      return parts[0] ?? ''
    case 'annotation':
    case 'annotation-xml':
    case 'none':
    case 'mprescripts':
      return ''
    case 'mtable':
      return parts.map((row) => row.trim()).join('; ')
    case 'mtr':
    case 'mlabeledtr':
      // Cells of a row are the aligned pieces of one line (x˙ | = σ(y − x)).
      return parts.map((cell) => cell.trim()).join(' ')
    default:
      return parts.length > 0 ? parts.join('') : (element.textContent ?? '')
  }
}

/** A formula's text: its alttext or TeX annotation, else its MathML read out in a line. */
export function mathText(math: Element): string {
  const alt = math.getAttribute('alttext')
  if (alt && alt.trim() !== '') return cleanTex(alt)
  for (const annotation of math.querySelectorAll('annotation')) {
    const encoding = annotation.getAttribute('encoding') ?? ''
    if (/tex/i.test(encoding) && (annotation.textContent ?? '').trim() !== '')
      return cleanTex(annotation.textContent ?? '')
  }
  // A minus after an opening bracket, a relation or nothing is a sign: it hugs its operand.
  return readOut(math)
    .replace(/\s+/g, ' ')
    .replace(/(^|[([{]) ?([−-]) /g, '$1$2')
    .replace(/([=<>≤≥≠±+,]) ([−-]) /g, '$1 $2')
    .trim()
}
