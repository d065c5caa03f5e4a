/** Ruby value formatting used by the filters, against tables recorded from Ruby 3.1. */
import { strict as assert } from 'node:assert'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { Liquid } from 'liquidjs'
import { LiquidFloat, formatRubyFloat, registerJekyllFilters, rubyOutput } from '../../src/liquid/filters/index.js'

const floats = JSON.parse(readFileSync(new URL('../compat/ruby-floats.json', import.meta.url), 'utf8')) as string[]

describe('formatRubyFloat matches Ruby Float#to_s (test/compat/ruby-floats.json)', () => {
  for (const text of floats) {
    it(text, () => assert.equal(formatRubyFloat(Number(text)), text))
  }
})

describe('filter wiring', () => {
  const liquid = new Liquid({ outputEscape: rubyOutput })
  const seen: string[] = []
  registerJekyllFilters(liquid, { markdownify: (s) => { seen.push(s); return `<p>${s}</p>\n` } })

  it('markdownify passes `to_s` of the input to the environment and returns its result', () => {
    assert.equal(liquid.parseAndRenderSync('{{ x | markdownify }}', { x: 12 }), '<p>12</p>\n')
    assert.deepEqual(seen, ['12'])
  })

  it('LiquidFloat prints with .0 and compares by value', () => {
    const ctx = { f: new LiquidFloat(3) }
    assert.equal(liquid.parseAndRenderSync('{{ f }}|{% if f == 3 %}eq{% endif %}|{% if f < 4 %}lt{% endif %}', ctx), '3.0|eq|lt')
  })

  it('sort of nil raises like Jekyll ("Cannot sort a null object.")', () => {
    assert.throws(() => liquid.parseAndRenderSync('{{ x | sort }}', {}), /Cannot sort a null object/)
  })

  it('divided_by 0 raises (Ruby ZeroDivisionError)', () => {
    assert.throws(() => liquid.parseAndRenderSync('{{ 1 | divided_by: 0 }}', {}), /divided by 0/)
  })

  it('expression filters (where_exp, group_by_exp) also work with async render', async () => {
    const items = [{ n: 1 }, { n: 3 }]
    const out = await liquid.parseAndRender(
      '{{ items | where_exp: "i", "i.n > 1" | map: "n" }}|{% assign g = items | group_by_exp: "i", "i.n | times: 2" %}{{ g | map: "name" | join: "," }}',
      { items })
    assert.equal(out, '3|2,6')
  })
})
