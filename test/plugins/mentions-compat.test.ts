/**
 * jekyll-mentions against Jekyll::Mentions.mentionify (html-pipeline's MentionFilter on Nokogiri),
 * recorded from Ruby by test/compat/record-mentions.rb: which `@names` are linked, how the body is
 * printed again, and that a body without mentions is left as it was.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { mentionifyHtml } from '../../src/plugins/builtin/jekyll-mentions/index.js'

const cases = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../compat/mentions.json'), 'utf8')) as Array<{ input: string; base: string; output: string }>

for (const [i, { input, base, output }] of cases.entries()) {
  test(`mentions #${i} (${base}): ${JSON.stringify(input.slice(0, 60))}`, () => {
    assert.equal(mentionifyHtml(input, base), output)
  })
}
