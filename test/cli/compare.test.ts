/**
 * The migration report, `utterson doctor --compare JEKYLL_SITE`: Utterson builds the source into a temporary
 * folder and compares it page by page with Jekyll's output (test/cli/fixtures/compare-site/expected, recorded
 * by test/cli/record-compare.sh). Also the normalization it relies on.
 */
import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { diffLines, normalizeFile, normalizeHtml } from '../../src/compare/index.js'
import { utterson } from './run-cli.js'

const SITE = path.join(import.meta.dirname, 'fixtures/compare-site')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-compare-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

test("a site that builds like Jekyll: every file matches, exit 0", () => {
  const { code, out } = utterson(['doctor', '--compare', path.join(SITE, 'expected'), '-s', path.join(SITE, 'src')], tmp)
  assert.equal(code, 0)
  assert.match(out, /^ +Summary: 3 of 3 files match Jekyll \(100\.0%\); 0 different, 0 missing, 0 extra\.$/m)
  assert.doesNotMatch(out, /Differs:|Missing:|Extra:/)
})

test('a Jekyll site folder is accepted too: its _site is compared and it is the source', () => {
  const dir = path.join(tmp, 'jekyll-site')
  cpSync(path.join(SITE, 'src'), dir, { recursive: true })
  cpSync(path.join(SITE, 'expected'), path.join(dir, '_site'), { recursive: true })
  const { code, out } = utterson(['doctor', '--compare', dir], tmp)
  assert.equal(code, 0)
  assert.match(out, /Summary: 3 of 3 files match Jekyll/)
})

test('differences are reported page by page: changed lines, missing and extra files, exit 1', () => {
  const expected = path.join(tmp, 'tampered')
  cpSync(path.join(SITE, 'expected'), expected, { recursive: true })
  const index = path.join(expected, 'index.html')
  writeFileSync(index, readFileSync(index, 'utf8').replace('<em>small</em>', '<em>tiny</em>'))
  unlinkSync(path.join(expected, 'about.html'))
  writeFileSync(path.join(expected, 'feed.xml'), '<feed/>\n')
  const { code, out } = utterson(['doctor', '--compare', expected, '-s', path.join(SITE, 'src')], tmp)
  assert.equal(code, 1)
  assert.match(out, /^ +Differs: index\.html\n {20}- jekyll \d+: <p>A <em>tiny<\/em> page.*\n {20}\+ utterson \d+: <p>A <em>small<\/em> page/m)
  assert.match(out, /^ +Missing: feed\.xml \(written by Jekyll, not by Utterson\)$/m)
  assert.match(out, /^ +Extra: about\.html \(written by Utterson, not by Jekyll\)$/m)
  assert.match(out, /Summary: 1 of 3 files match Jekyll \(33\.3%\); 1 different, 1 missing, 1 extra\./)
})

test('a folder that is not there is an error, not a crash', () => {
  const { code, err } = utterson(['doctor', '--compare', path.join(tmp, 'nope'), '-s', path.join(SITE, 'src')], tmp)
  assert.equal(code, 1)
  assert.match(err, /is not a folder with Jekyll's output/)
})

test('HTML normalization: attribute order and quotes, whitespace between blocks, entities, void tags', () => {
  const html = (s: string) => normalizeFile('a.html', Buffer.from(s))
  assert.equal(html(`<p  class='x'   id=y>it&#39;s &amp; “ok”</p>\n\n<hr/>`), html(`<p id="y" class="x">it's &amp; &ldquo;ok&rdquo;</p><hr />`))
  assert.equal(normalizeHtml('<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>'), '<ul><li>a</li><li>b</li></ul>')
  assert.notEqual(html('<p>a b</p>'), html('<p>ab</p>'))
  assert.notEqual(html('<pre>a\n b</pre>'), html('<pre>a b</pre>'), 'whitespace in <pre> counts')
  assert.notEqual(html('<a href="x">y</a>'), html('<a href="z">y</a>'))
})

test('CSS is compared by effect: comments, spacing, last semicolons, hex case', () => {
  const css = (s: string) => normalizeFile('a.css', Buffer.from(s))
  assert.equal(css('/* site */\na {\n  color: #FFF;\n  margin : 0 auto ;\n}\n'), css('a{color:#fff;margin:0 auto}'))
  assert.notEqual(css('a{color:#fff}'), css('a{color:#ffe}'))
})

test('JSON is compared by value', () => {
  const json = (s: string) => normalizeFile('a.json', Buffer.from(s))
  assert.equal(json('{\n\t"version": 3,\n\t"names": []\n}\n'), json('{"version":3,"names":[]}'))
  assert.notEqual(json('{"version":3}'), json('{"version":"3"}'))
})

test('line diff: only the lines one side lacks', () => {
  assert.deepEqual(diffLines(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e']), [
    { op: '-', line: 2, text: 'b' },
    { op: '+', line: 2, text: 'x' },
    { op: '+', line: 5, text: 'e' },
  ])
  assert.deepEqual(diffLines(['same'], ['same']), [])
})
