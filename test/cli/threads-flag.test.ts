/** `utterson build --threads N`: our flag for the conversion threads; a bad value is refused before anything is written. */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { utterson } from './run-cli.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-threads-'))
after(() => rmSync(tmp, { recursive: true, force: true }))
const site = path.join(tmp, 'site')
mkdirSync(path.join(site, '_posts'), { recursive: true })
for (let i = 1; i <= 60; i++) {
  writeFileSync(path.join(site, '_posts', `2020-01-${String((i % 28) + 1).padStart(2, '0')}-post-${i}.md`), `---\ntitle: Post ${i}\n---\n# Post ${i}\n\nSome *text* and {{ page.title }}.\n`)
}

test('--threads 0 and --threads 2 write the same site', () => {
  for (const threads of ['0', '2']) {
    const result = utterson(['build', '-q', '-s', site, '-d', path.join(tmp, `out-${threads}`), '--threads', threads, '--disable-disk-cache'])
    assert.equal(result.code, 0, result.err)
  }
  const page = 'post-7.html'
  const file = (threads: string) => readFileSync(path.join(tmp, `out-${threads}`, '2020/01/08', page), 'utf8')
  assert.equal(file('2'), file('0'))
  assert.match(file('0'), /<h1 id="post-7">Post 7<\/h1>\n<p>Some <em>text<\/em> and Post 7.<\/p>/)
})

test('a --threads value that is not a whole number is refused', () => {
  const out = path.join(tmp, 'out-bad')
  const result = utterson(['build', '-s', site, '-d', out, '--threads', 'many'])
  assert.equal(result.code, 1)
  assert.match(result.err, /--threads must be a whole number \(0 for none\), got 'many'/)
  assert.equal(existsSync(out), false)
})
