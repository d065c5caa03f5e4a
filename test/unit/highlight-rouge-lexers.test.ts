/**
 * The Rouge-compatible lexers (src/highlight/rouge) against Rouge 3.30 itself: every recorded case
 * of test/compat/rouge-lexers-tokens.json (test/compat/record-rouge-lexers.rb) must come out as
 * exactly the same token stream, and the engine keeps Rouge's RegexLexer semantics.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { rougeTokensFor } from '../../src/highlight/rouge-html.js'
import { LexerDefinition, mergeTokens } from '../../src/highlight/rouge/regex-lexer.js'
import { hasNativeLexer } from '../../src/highlight/rouge/lexers/index.js'

interface Recorded { lang: string; code: string; tokens: Array<[string, string]> }

const { cases } = JSON.parse(readFileSync(new URL('../compat/rouge-lexers-tokens.json', import.meta.url), 'utf8')) as {
  cases: Recorded[]
}

describe('ported Rouge lexers print exactly what Rouge 3.30 prints', () => {
  cases.forEach((recorded, i) => {
    test(`${recorded.lang} #${i}: ${JSON.stringify(recorded.code.slice(0, 40))}`, () => {
      assert.deepEqual(rougeTokensFor(recorded.code, recorded.lang), recorded.tokens)
    })
  })
})

test('every recorded language except the guesser is lexed by a ported lexer, not the highlight.js fallback', () => {
  const tags: Record<string, string> = { sh: 'shell', yml: 'yaml', js: 'javascript', rb: 'ruby', py: 'python' }
  for (const { lang } of cases) {
    const name = lang.replace(/\?.*$/, '')
    if (name === 'guess' || name === 'plaintext') continue
    assert.ok(hasNativeLexer(tags[name] ?? name), `${lang} has no ported lexer`)
  }
})

describe('the lexer engine keeps Ruby StringScanner and Rouge semantics', () => {
  const probe = (rules: ConstructorParameters<typeof LexerDefinition>[0]['states']) =>
    new LexerDefinition({ name: 'probe', states: rules })

  test('a rule sees no text before the scan position (lookbehind and \\b)', () => {
    const lexer = probe({ root: [[/a/, 'n'], [/(?<=a)b/, 'k'], [/\bc/, 'kc'], [/./, '']] })
    // Ruby's StringScanner hides what was scanned: (?<=a) fails, \b matches at the position.
    assert.deepEqual(lexer.lex('abac'), [['n', 'a'], ['', 'b'], ['n', 'a'], ['kc', 'c']])
  })

  test('a rule starting with ^ only applies at a line start; other ^ match at the position', () => {
    const lexer = probe({ root: [[/^x/, 'k'], [/(?:y|^z)/, 'n'], [/./s, '']] })
    assert.deepEqual(lexer.lex('x x\nxz'), [['k', 'x'], ['', ' x\n'], ['k', 'x'], ['n', 'z']])
  })

  test('unmatched text is one error token per code point; adjacent tokens of one class merge', () => {
    const lexer = probe({ root: [[/a+/, 'n']] })
    assert.deepEqual(lexer.lex('aa😀a'), [['n', 'aa'], ['err', '😀'], ['n', 'a']])
    assert.deepEqual(mergeTokens([['n', 'a'], ['n', 'b'], ['', ''], ['k', 'c']]), [['n', 'ab'], ['k', 'c']])
  })

  test('more than five empty matches in a row count as no match', () => {
    const lexer = probe({ root: [[/(?=x)/, '']] })
    // The empty match at "x" repeats until the limit, then "x" (and "y", which nothing matches) are errors.
    assert.deepEqual(lexer.lex('xy'), [['err', 'xy']])
  })

  test('states push, pop and mix in as in Rouge', () => {
    const lexer = probe({
      root: [[/"/, 's', 'string'], [/[a-z]+/, 'n'], [/\s+/, '']],
      string: [[/\\./, 'se'], [/"/, 's', '#pop'], { mixin: 'chars' }],
      chars: [[/[^"\\]+/, 's']],
    })
    assert.deepEqual(lexer.lex('a "b\\"c" d'), [['n', 'a'], ['', ' '], ['s', '"b'], ['se', '\\"'], ['s', 'c"'], ['', ' '], ['n', 'd']])
  })
})
