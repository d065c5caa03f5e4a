/**
 * Block-level fidelity of the Markdown converter against real kramdown 2.4 output
 * recorded by test/compat/record-kramdown.rb into test/compat/kramdown-blocks.json.
 *
 * Syntax highlighting belongs to src/highlight: here code blocks go through a stub
 * that knows only the languages used in the inputs, and highlighting spans inside
 * `<pre>` are ignored by the comparison.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createMarkdownConverter } from '../../src/markup/markdown/index.js'
import { normalizeHtml } from '../helpers/normalize-html.js'

interface RecordedCase { name: string; markdown: string; html: string }

const cases = JSON.parse(
  readFileSync(new URL('../compat/kramdown-blocks.json', import.meta.url), 'utf8'),
) as RecordedCase[]

/** Languages Rouge 3.30 knows among the recorded inputs (`mermaid` is not one). */
const ROUGE_KNOWN = new Set(['', 'plaintext', 'ruby', 'sh'])
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const converter = createMarkdownConverter({
  kramdown: { input: 'GFM', auto_ids: true, hard_wrap: false },
  highlighter: {
    block(code, lang, extraClasses) {
      if (!ROUGE_KNOWN.has(lang)) return `<pre><code class="language-${lang}">${escape(code)}</code></pre>\n`
      const cls = [`language-${lang || 'plaintext'}`, ...extraClasses, 'highlighter-rouge'].join(' ')
      return `<div class="${cls}"><div class="highlight"><pre class="highlight"><code>${escape(code)}</code></pre></div></div>\n`
    },
    span(code, lang) {
      return `<code class="language-${lang ?? 'plaintext'} highlighter-rouge">${escape(code)}</code>`
    },
  },
})

for (const c of cases) {
  test(`kramdown block case: ${c.name}`, () => {
    const actual = normalizeHtml(converter.convert(c.markdown), { stripCodeTokens: true })
    const expected = normalizeHtml(c.html, { stripCodeTokens: true })
    assert.equal(actual, expected, `markdown: ${JSON.stringify(c.markdown)}`)
  })
}

test('normalizeHtml collapses whitespace, sorts attributes and keeps <pre> text', () => {
  assert.equal(
    normalizeHtml('<ul>\n  <li><a title="t" href=\'u\'>x</a>\n  y</li>\n</ul>\n<pre>a\n\n  b</pre>'),
    '<ul><li><a href="u" title="t">x</a> y</li></ul><pre>a\n\n  b</pre>',
  )
  assert.equal(normalizeHtml('<iframe allowfullscreen></iframe>'), '<iframe allowfullscreen=""></iframe>')
  assert.notEqual(normalizeHtml('<em>a</em> <em>b</em>'), normalizeHtml('<em>a</em><em>b</em>'))
})
