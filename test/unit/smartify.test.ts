/** The `smartify` filter (Jekyll's SmartyPants converter), against test/compat/smartify.json recorded from Jekyll 4.3. */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { smartifyFilter } from '../../src/liquid/filters/smartify.js'

const cases = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../compat/smartify.json'), 'utf8')) as Array<{ input: string; output: string }>
const smartify = smartifyFilter({} as never)

for (const { input, output } of cases) {
  test(`smartify ${JSON.stringify(input)}`, () => {
    assert.equal(smartify(input), output)
  })
}
