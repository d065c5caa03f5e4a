/**
 * jemoji's emoji images against html-pipeline's EmojiFilter, recorded from Ruby by test/compat/record-emoji.rb
 * with a five-emoji stand-in for the gemoji gem (test/compat/gemoji-stub): the markup, the ignored
 * elements and how the fragment is printed again. GitHub's emoji list itself is not covered here.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { emojifyHtml } from '../../src/plugins/builtin/jemoji/index.js'

/** The same names and image files as gemoji-stub/gemoji.rb. */
const STUB = new Map([
  ['+1', 'unicode/stub-thumbsup.png'],
  ['thumbsup', 'unicode/stub-thumbsup.png'],
  ['smile', 'unicode/stub-smile.png'],
  ['heart', 'unicode/stub-heart.png'],
  ['woman_technologist', 'unicode/stub-woman-technologist.png'],
  ['octocat', 'octocat.png'],
])

const cases = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../compat/emoji.json'), 'utf8')) as Array<{ input: string; asset_root: string; output: string }>

for (const [i, { input, asset_root: root, output }] of cases.entries()) {
  test(`emoji #${i} (${root})`, () => {
    assert.equal(emojifyHtml(input, STUB, root), output)
  })
}
