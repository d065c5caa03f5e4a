/**
 * kramdown nests a triple delimiter run as `<strong><em>x</em></strong>`;
 * markdown-it produces `<em><strong>x</strong></em>`. This core rule swaps
 * such directly nested pairs when both come from one delimiter run (same character).
 */
import type { MarkdownIt } from 'markdown-it'
import type { Token } from 'markdown-it'

function swap(a: Token, b: Token): void {
  const { type, tag, markup } = a
  a.type = b.type; a.tag = b.tag; a.markup = b.markup
  b.type = type; b.tag = tag; b.markup = markup
}

/** Index of the next token after `i` that is not an empty text placeholder. */
function nextReal(children: Token[], i: number): number {
  let j = i + 1
  while (j < children.length && children[j].type === 'text' && children[j].content === '') j++
  return j
}

function fixChildren(children: Token[]): void {
  for (let i = 0; i < children.length; i++) {
    if (children[i].type !== 'em_open') continue
    const strongOpen = nextReal(children, i)
    if (children[strongOpen]?.type !== 'strong_open') continue
    // Only a single run like `***` / `___` nests the other way round; `_**x**_` stays em > strong.
    if (children[strongOpen].markup[0] !== children[i].markup) continue
    let depth = 0
    for (let j = strongOpen; j < children.length; j++) {
      const t = children[j]
      if (t.type === 'strong_open') depth++
      else if (t.type === 'strong_close' && --depth === 0) {
        const emClose = nextReal(children, j)
        if (children[emClose]?.type === 'em_close') {
          swap(children[i], children[strongOpen])
          swap(children[j], children[emClose])
        }
        break
      }
    }
  }
}

/** Installs the `***x***` nesting fix. */
export function installStrongEmphasisOrder(md: MarkdownIt): void {
  md.core.ruler.push('kramdown_strong_em_order', (state) => {
    for (const token of state.tokens) if (token.type === 'inline' && token.children) fixChildren(token.children)
  })
}
