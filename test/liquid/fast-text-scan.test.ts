/** The indexOf text scan gives the tokens liquidjs's own character-by-character scan gives. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { Tokenizer } from 'liquidjs'
import { enableFastTextScan } from '../../src/liquid/fast-text-scan.js'

type Scan = (this: unknown, stops: string[]) => { begin: number; end: number; input: string; kind: number; trimLeft: number; trimRight: number }
const proto = Tokenizer.prototype as unknown as { readHTMLToken: Scan }
const original = proto.readHTMLToken
enableFastTextScan()
const fast = proto.readHTMLToken

test('the patch is installed', () => {
  assert.notEqual(fast, original)
})

test('same token and position as liquidjs for any text and stop strings', () => {
  const text = fc.array(fc.constantFrom('{', '%', '}', '-', ' ', 'a', '\n', ',', '静'), { maxLength: 40 }).map((chars) => chars.join(''))
  const stops = fc.array(fc.constantFrom('{{', '{%', ',', ' ', '\n', '\t', '%}', '{'), { minLength: 1, maxLength: 4 })
  fc.assert(
    fc.property(text, stops, fc.nat(40), (input, stopStrings, start) => {
      const p = Math.min(start, input.length)
      const a = new Tokenizer(input) as unknown as { p: number }
      const b = new Tokenizer(input) as unknown as { p: number }
      a.p = p
      b.p = p
      const expected = original.call(a, stopStrings)
      const actual = fast.call(b, stopStrings)
      assert.equal(b.p, a.p)
      assert.deepEqual({ ...actual }, { ...expected })
      assert.equal(Object.getPrototypeOf(actual), Object.getPrototypeOf(expected))
    }),
    { numRuns: 5000 },
  )
})

test('templates parse to the same tokens', () => {
  const input = 'Hello {{ page.title }}, {% if x %}yes{% endif %} and {%- raw -%}{{ kept }}{% endraw %} end {'
  const tokens = (scan: Scan) => {
    proto.readHTMLToken = scan
    try {
      return new Tokenizer(input).readTopLevelTokens().map((t) => [t.kind, t.begin, t.end])
    } finally {
      proto.readHTMLToken = fast
    }
  }
  assert.deepEqual(tokens(fast), tokens(original))
})
