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
import { markdownHighlighter } from '../../src/markup/markdown-converter.js'
import { normalizeHtml } from '../../src/compare/normalize-html.js'

interface RecordedCase { name: string; markdown: string; html: string }

const cases = JSON.parse(
  readFileSync(new URL('../compat/kramdown-blocks.json', import.meta.url), 'utf8'),
) as RecordedCase[]

const kramdown = { input: 'GFM', auto_ids: true, hard_wrap: false, syntax_highlighter: 'rouge', syntax_highlighter_opts: { default_lang: 'plaintext', guess_lang: true } }
const converter = createMarkdownConverter({ kramdown, highlighter: markdownHighlighter(kramdown) })

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

test('every difference in docs/kramdown-differences.md names a recorded, tested case', () => {
  const doc = readFileSync(new URL('../../docs/kramdown-differences.md', import.meta.url), 'utf8')
  const extensions = JSON.parse(readFileSync(new URL('../compat/kramdown-extensions.json', import.meta.url), 'utf8')) as Array<{ name: string }>
  const recorded = new Set([...cases.map((c) => c.name), ...extensions.map((c) => c.name)])
  const rows = doc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| difference') && !l.startsWith('|---'))
  assert.ok(rows.length >= 70, `expected the difference tables, found ${rows.length} rows`)
  for (const row of rows) {
    const name = /`([^`]+)` \|$/.exec(row)?.[1]
    assert.ok(name !== undefined && recorded.has(name), `no recorded case for row: ${row.slice(0, 80)}`)
  }
})
