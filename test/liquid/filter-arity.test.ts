/** The engine's filter argument counts are Ruby's (test/liquid/filter-arity.json, from record-filter-arity.rb). */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { FILTER_ARITY } from '../../src/liquid/filters/arity.js'

const recorded = JSON.parse(readFileSync(new URL('./filter-arity.json', import.meta.url), 'utf8')) as Record<string, { required: number; optional: number; rest: boolean }>

test('every Liquid 5.4 and Jekyll 4.3.1 filter has Ruby’s argument count', () => {
  const expected = Object.fromEntries(Object.entries(recorded).map(([name, a]) => [name, [a.required, a.optional]]))
  assert.deepEqual(FILTER_ARITY, expected)
  assert.ok(Object.values(recorded).every((a) => !a.rest), 'a filter with *args needs a different check')
})
