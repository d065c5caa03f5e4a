/**
 * CSS compared by effect (src/compare/css-effect.ts), the way the conformance tests compare Jekyll's
 * libsass output with ours from dart-sass: formatting, colour and number spellings do not count;
 * selectors, properties and values do.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cssEffect, sourceMapEffect } from '../../src/compare/css-effect.js'

const same = (a: string, b: string) => assert.equal(cssEffect(a), cssEffect(b))
const differ = (a: string, b: string) => assert.notEqual(cssEffect(a), cssEffect(b))

test('libsass compact and dart-sass expanded output of the same stylesheet are equal', () => {
  same(
    '/** Base */\nbody { margin: 0; color: #111; }\n\n.a .b { width: 3.3333333333px; }\n\n@media screen and (max-width: 600px) { .a { padding: 0 15px; } .c { display: none; } }\n\n/*# sourceMappingURL=main.css.map */',
    '/**\n * Base\n */\nbody {\n  margin: 0;\n  color: #111;\n}\n\n.a .b {\n  width: 3.3333333333px;\n}\n\n@media screen and (max-width: 600px) {\n  .a {\n    padding: 0 15px;\n  }\n  .c {\n    display: none;\n  }\n}',
  )
})

test('colour and number spellings are canonical', () => {
  same('a { color: #FFF; b: white; c: rgb(255, 255, 255); d: rgb(100%, 100%, 100%); }', 'a { color: #ffffff; b: #fff; c: #FFFFFF; d: white }')
  same('a { border: 5px solid rgba(51, 102, 153, 0.75); }', 'a{border:5px solid rgba(51,102,153,.75)}')
  same('a { color: rgb(90%, 90%, 90%); }', 'a { color: #e6e6e6; }')
  same('a { opacity: 0.50; width: 3.333333333px; }', 'a { opacity: .5; width: 3.3333333333px }')
  same('a { max-width: calc(800px - (30px * 2)); }', 'a { max-width: calc(800px - 30px*2); }')
})

test('selector lists are split; the last declaration wins unless an earlier one is !important', () => {
  same('a, b > c { x: y }', 'a { x: y }\nb>c { x: y }')
  same('a { x: 1 } a { x: 2 }', 'a { x: 2 }')
  same('a { x: 1 !important } a { x: 2 }', 'a { x: 1 !important }')
  same('@charset "UTF-8";\na::before { content: "x" }', "a:before { content: 'x' }")
})

test('fallback declarations in one block stay in order', () => {
  differ('a { display: -webkit-box; display: flex }', 'a { display: flex; display: -webkit-box }')
  differ('a { display: -webkit-box; display: flex }', 'a { display: flex }')
})

test('a different value, property, selector or context is a difference', () => {
  differ('a { color: red }', 'a { color: blue }')
  differ('a { color: red; margin: 0 }', 'a { color: red }')
  differ('a .b { color: red }', 'a > .b { color: red }')
  differ('@media (max-width: 600px) { a { x: y } }', '@media (max-width: 800px) { a { x: y } }')
  differ('a { x: 1 !important }', 'a { x: 1 }')
  differ('a { width: 10.5px }', 'a { width: 10.6px }')
})

test('source maps compare by version, output file and the names of their sources', () => {
  const libsass = JSON.stringify({ version: 3, file: 'main.css', sources: ['main.scss', '../../gems/minima-2.5.1/_sass/minima.scss'], names: [], mappings: 'AAAA' })
  const ours = JSON.stringify({ version: 3, file: 'main.css', sources: ['/site/_themes/minima/_sass/minima.scss', 'assets/main.scss'], names: [], mappings: 'BBBB;C' })
  assert.equal(sourceMapEffect(libsass), sourceMapEffect(ours))
  const other = JSON.stringify({ version: 3, file: 'main.css', sources: ['main.scss'], names: [], mappings: 'AAAA' })
  assert.notEqual(sourceMapEffect(libsass), sourceMapEffect(other))
})
