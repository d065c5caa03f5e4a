/**
 * The faster token constructors (src/markup/markdown/fast-tokens.ts) give markdown-it exactly the tokens
 * its own constructors give: same fields, values, order and prototypes, so the same HTML.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import type { Token } from 'markdown-it'
import { createMarkdownConverter } from '../../src/markup/markdown/index.js'
import { markdownHighlighter } from '../../src/markup/markdown-converter.js'

const root = path.resolve(import.meta.dirname, '..')
const inputs: string[] = []
for (const file of ['compat/kramdown-blocks.json', 'compat/kramdown-extensions.json']) {
  for (const c of JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Array<{ markdown: string }>) inputs.push(c.markdown)
}
for (const dir of ['sites/markdown/src', 'sites/markdown-options/src', 'compat/kramdown-inputs']) {
  for (const name of readdirSync(path.join(root, dir))) if (name.endsWith('.md')) inputs.push(readFileSync(path.join(root, dir, name), 'utf8'))
}

const kramdown = { input: 'GFM', auto_ids: true, syntax_highlighter: 'rouge', syntax_highlighter_opts: { default_lang: 'plaintext', guess_lang: true } }
const fast = createMarkdownConverter({ kramdown, highlighter: markdownHighlighter(kramdown) })
const plain = createMarkdownConverter({ kramdown, highlighter: markdownHighlighter(kramdown), plainTokens: true })

/** Every token as [prototype, own keys in order, values], children included. */
function shape(tokens: Token[]): unknown[] {
  return tokens.map((t) => [Object.getPrototypeOf(t) === Object.getPrototypeOf(tokens[0]), Object.keys(t), JSON.stringify(t), t.children ? shape(t.children) : null])
}

test('the fast constructors are in use', () => {
  assert.equal(fast.md.inline.State.name, 'FastStateInline')
  assert.notEqual(plain.md.inline.State.name, 'FastStateInline')
})

test(`same tokens and HTML for ${inputs.length} documents`, () => {
  assert.ok(inputs.length > 100)
  for (const input of inputs) {
    const a = fast.md.parse(input, {})
    const b = plain.md.parse(input, {})
    assert.deepEqual(shape(a), shape(b), input.slice(0, 200))
    const TokenClass = plain.md.parse('x', {})[0]?.constructor as new () => Token
    assert.ok(a.every((t) => t instanceof TokenClass), 'fast tokens are markdown-it tokens')
    assert.equal(fast.convert(input), plain.convert(input))
  }
})
