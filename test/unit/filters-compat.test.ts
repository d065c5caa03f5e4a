/**
 * Renders every case recorded from real Jekyll 4.3.1 (test/compat/filters.json, made by
 * test/compat/record-filters.sh) through liquidjs + registerJekyllFilters and compares.
 */
import { strict as assert } from 'node:assert'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { Liquid } from 'liquidjs'
import YAML from 'yaml'
import { registerJekyllFilters, rubyOutput, withRubyFloats } from '../../src/liquid/filters/index.js'

process.env.TZ = 'UTC'

interface Case { name: string, template: string, expected: string }
interface Variant { name: string, url: string | null, baseurl: string | null, cases: Case[] }
const table = JSON.parse(readFileSync(new URL('../compat/filters.json', import.meta.url), 'utf8')) as {
  vars_yaml: string
  variants: Variant[]
}

/** Parses the cases' variables; `core` schema because YAML 1.1 reads the key `n` as false (Psych doesn't). */
function pageVars (): Record<string, unknown> {
  return YAML.parse(table.vars_yaml, { schema: 'core', customTags: (tags) => withRubyFloats(tags as never[]) }) as Record<string, unknown>
}

/**
 * Recorded cases we knowingly print differently, with what we print instead. Asserting our
 * output keeps these honest: fixing one makes its test fail until the entry is removed.
 */
const KNOWN_DIFFERENCES: Record<string, { actual: string, why: string }> = {}

function engine (): Liquid {
  const liquid = new Liquid({ jekyllInclude: true, jekyllWhere: true, outputEscape: rubyOutput })
  registerJekyllFilters(liquid, { markdownify: (s) => `<p>${s}</p>\n` })
  return liquid
}

for (const variant of table.variants) {
  describe(`filters vs Jekyll 4.3.1 (${variant.name}: url=${variant.url}, baseurl=${variant.baseurl})`, () => {
    const liquid = engine()
    const page = pageVars()
    const site: Record<string, unknown> = {}
    if (variant.url !== null) site.url = variant.url
    if (variant.baseurl !== null) site.baseurl = variant.baseurl
    for (const c of variant.cases) {
      it(c.name, () => {
        const out = liquid.parseAndRenderSync(c.template, { page, site })
        const known = KNOWN_DIFFERENCES[c.name]
        if (known) {
          assert.notEqual(c.expected, known.actual, `case ${c.name} no longer differs in the table`)
          assert.equal(out, known.actual, `case ${c.name} (known difference: ${known.why})`)
        } else {
          assert.equal(out, c.expected, `case ${c.name}: ${c.template}`)
        }
      })
    }
  })
}
