/**
 * The word lists the ported Rouge lexers use (src/highlight/rouge/lexers/keywords.ts, generated)
 * are exactly the ones recorded from Rouge 3.30 by test/compat/record-rouge-keywords.rb.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { ROUGE_WORDS } from '../../src/highlight/rouge/lexers/keywords.js'

const { lists } = JSON.parse(readFileSync(new URL('../compat/rouge-keywords.json', import.meta.url), 'utf8')) as {
  lists: Record<string, string[]>
}

test('keywords.ts holds every recorded list, word for word', () => {
  assert.deepEqual(Object.keys(ROUGE_WORDS).sort(), Object.keys(lists).sort())
  for (const [name, words] of Object.entries(lists)) {
    assert.deepEqual([...ROUGE_WORDS[name as keyof typeof ROUGE_WORDS]], words, name)
  }
})
