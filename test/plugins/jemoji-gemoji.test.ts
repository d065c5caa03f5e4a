/**
 * jemoji with GitHub's emoji list (the `gemoji` npm package, a dependency): a site that lists the plugin gets
 * the image markup jemoji's README documents for `:smile:`, and code stays untouched.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { build } from '../../src/index.js'
import { log } from '../../src/util/log.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'utterson-jemoji-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

test('plugins: [jemoji] turns :smile: into GitHub\'s emoji image, not inside code', async () => {
  const source = path.join(tmp, 'site')
  mkdirSync(source, { recursive: true })
  writeFileSync(path.join(source, '_config.yml'), 'plugins: [jemoji]\ntimezone: UTC\n')
  writeFileSync(path.join(source, 'index.md'), '---\n---\nHello :smile: and `:smile:` and :not_an_emoji_name:\n')
  log.level = 'error'
  await build({ source, destination: path.join(tmp, 'out'), cwd: source, env: { SOURCE_DATE_EPOCH: '1704067200' } })
  const html = readFileSync(path.join(tmp, 'out', 'index.html'), 'utf8')
  assert.match(
    html,
    /Hello <img class="emoji" title=":smile:" alt=":smile:" src="https:\/\/github\.githubassets\.com\/images\/icons\/emoji\/unicode\/1f604\.png" height="20" width="20">/,
  )
  assert.match(html, /<code class="language-plaintext highlighter-rouge">:smile:<\/code>/)
  assert.match(html, /:not_an_emoji_name:/)
})
