/**
 * The front matter fast path (src/read/flat-yaml.ts) must give exactly what the full YAML parser gives
 * (src/config/yaml.ts, Psych's resolution), or decline. Every case here is run through both: when the fast
 * path answers, the values, their classes (LiquidFloat, RubyDate, RubyTime, Date) and the key order must be
 * the full parser's; when the full parser fails or does not give a mapping, the fast path must decline.
 */
import { strict as assert } from 'node:assert'
import { describe, it } from 'node:test'
import { isHash, parseYaml } from '../../src/config/yaml.js'
import { parseFlatFrontMatter } from '../../src/read/flat-yaml.js'
import { copyString } from '../../src/util/copy-string.js'
import { readFrontMatter } from '../../src/read/front-matter.js'

/** Values written after `key: `, tricky ones first. */
const VALUES = [
  // dates and times
  '2024-01-02', '2024-1-2', '2024-01-2', '2023-02-30', '2023-13-01', '2024-02-29', '1999-12-31', '0001-01-01', '12024-01-01',
  '2024-01-02 10:00:00', '2024-01-02T10:00:00', '2024-01-02t10:00:00', '2024-01-02T10:00:00Z', '2024-01-02 10:00:00 Z',
  '2024-01-02 10:00:00 +0100', '2024-01-02 10:00:00 -05:00', '2024-01-02 10:00:00+01:00', '2024-01-02 10:00:00 +1',
  '2024-01-02 10:00:00.5', '2024-01-02 10:00:00.123456 +0530', '2024-01-02 25:00:00', '2024-01-02 10:61:00', '2024-01-02  10:00:00',
  '2024-01-02 10:00', '10:00', '1:30:00', '190:20:30', '190:20:30.15', '-1:30', '12:30:45 PM', 'Jan 2, 2024', '2024/01/02',
  // booleans and nulls
  'yes', 'Yes', 'YES', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
  'y', 'Y', 'n', 'N', 'yES', 'tRUE', 'null', 'Null', 'NULL', 'nULL', '~', '',
  // numbers
  '0', '00', '1', '-1', '+1', '012', '08', '09', '0o12', '0x10', '0X10', '0x1F', '0b101', '0b102', '1_000', '1,000', '1e3', '1E3', '1e+3', '1e-3',
  '1.0', '1.5', '-1.0', '+1.5', '.5', '1.', '3.14159', '1.0e3', '6.8523015e+5', '685.230_15e+03', '685_230.15', '.inf', '-.inf', '+.inf',
  '.Inf', '.INF', '.nan', '.NaN', '.NAN', '9007199254740993', '123456789012345678901234567890', '1.7976931348623157e+309', '0.1e1', '1__0',
  // strings, quotes and comments
  'hello', 'Hello World', 'Post number 12', '"quoted"', "'single'", '""', "''", '"a # b"', "'a # b'", '"a: b"', "'it''s'", '"esc \\" x"',
  '"back\\\\slash"', "'back\\slash'", '"tab\\tx"', '"unclosed', "'unclosed", '"a" b', '"a" # comment', "'a'   ", '"a"#b', 'a # comment',
  'a#b', 'C# tips', 'a #', '# only a comment', '#', 'a  # two spaces', 'x ## y', '"#"', "'#'", '"\'"', "'\"'",
  // colons
  'http://example.com/a?b=c#d', 'a: b', 'a:b', 'a:', 'a :b', 'a : b', '12:30', 'key:value', '::', ':a', 'a::b',
  // indicators
  '-', '- a', '-a', '--', '---', '--- a', '...', '-1-2', '[a, b]', '[]', '{a: 1}', '{}', '&anchor x', '*alias', '!str 1', '!!str 1', '!!int "1"',
  '|', '|-', '>', '>-', '%x', '@x', '`x`', '?x', '? x', ',x', '<<', '=', 'a, b', 'a [b] c', 'a {b} c', 'a|b', 'a>b', 'a!b', 'a&b', 'a*b',
  // whitespace and unicode
  'a  b', 'trailing   ', 'tab\tinside', '\tleading tab', 'trailing tab\t', '中文标题', '静态网站 生成器', 'émoji 🎉', 'ü', '\u00a0nbsp\u00a0',
  'zero\u200bwidth', 'line\u2028sep', 'bom\ufeffx', 'nel\u0085x', 'del\u007fx', 'bell\u0007x', 'a\rb', 'ﬁ ligature', 'İstanbul', '𝒳 math',
  'a very long title that goes on and on and on for more than thirteen characters', '"a very long quoted title, long enough to be sliced"',
]

/** Keys, with some that YAML resolves to something other than themselves. */
const KEYS = [
  'title', 'layout', 'date', 'permalink', 'categories', 'tags', '_private', 'a.b', 'a-b', 'Title', 'x1', 'og_image', 'key_',
  'yes', 'no', 'on', 'off', 'true', 'True', 'null', 'y', 'n', 'Y', '1', '1e3', '0x10', '012', '.5', '~', '__proto__', 'constructor',
  'toString', 'hasOwnProperty', 'valueOf', 'length', '<<', 'x y', '"title"', "'title'", '-x', 'a:b', 'é', '中文', 'inf', 'nan', 'NaN',
]

type Outcome = { kind: 'hash'; data: Record<string, unknown> } | { kind: 'other' }

function full(text: string): Outcome {
  try {
    const data = parseYaml(text, { file: 'x.md', kind: 'front-matter' })
    return isHash(data) ? { kind: 'hash', data } : { kind: 'other' }
  } catch {
    return { kind: 'other' }
  }
}

/** Runs `text` through both parsers; returns true when the fast path answered. */
function check(text: string): boolean {
  const fast = parseFlatFrontMatter(text)
  const expected = full(text)
  if (fast === undefined) return false
  assert.equal(expected.kind, 'hash', `fast path answered where the full parser gives no mapping: ${JSON.stringify(text)}`)
  if (expected.kind !== 'hash') return true
  assert.deepStrictEqual(fast, expected.data, `different values for ${JSON.stringify(text)}`)
  assert.deepStrictEqual(Object.keys(fast), Object.keys(expected.data), `different key order for ${JSON.stringify(text)}`)
  for (const key of Object.keys(fast)) {
    const a: unknown = fast[key]
    const b: unknown = expected.data[key]
    assert.equal(Object.getPrototypeOf(a ?? 0), Object.getPrototypeOf(b ?? 0), `different class for ${key} in ${JSON.stringify(text)}`)
    if (a instanceof Date && b instanceof Date) assert.equal(String(a), String(b), `different time for ${JSON.stringify(text)}`)
  }
  return true
}

describe('front matter fast path', () => {
  it('gives the full parser’s value for every tricky scalar, or declines', () => {
    let taken = 0
    for (const value of VALUES) {
      for (const sep of [': ', ':', ':  ', ': \t', ':\t']) {
        if (check(`---\nkey${sep}${value}\n`)) taken++
      }
    }
    assert.ok(taken > VALUES.length / 2, `fast path taken only ${taken} times`)
  })

  it('gives the full parser’s keys, or declines', () => {
    for (const key of KEYS) {
      for (const value of ['x', 'a long enough value here', '1', '']) check(`---\n${key}: ${value}\n`)
    }
  })

  it('answers the common shapes itself', () => {
    const common = [
      '---\nlayout: post\ntitle: "Post number 12"\n',
      '---\nlayout: post\ntitle: Hello World\ndate: 2024-01-02 10:00:00 +0100\ncategories: news\n',
      '---\ntitle: \'Single quoted\'\npublished: false\nweight: 3\nratio: 1.0\n\n',
      '---\n# a comment\ntitle: 中文标题\n  # indented comment\nsitemap: no\nexcerpt_separator: <!--more-->\n',
      '--- \nlayout: default\n',
      '---\ntitle: C# tips # the comment\nempty:\nnull_value: ~\n',
    ]
    for (const text of common) assert.ok(check(text), `fast path declined ${JSON.stringify(text)}`)
    assert.deepStrictEqual(parseFlatFrontMatter('---\nlayout: post\ntitle: "Post #1: intro"\nn: 012\n'), { layout: 'post', title: 'Post #1: intro', n: 10 })
  })

  it('declines whole documents it does not handle', () => {
    const declined = [
      '---\ntitle: a\ntitle: b\n', // duplicate key
      '---\ntags:\n  - a\n  - b\n', // block sequence
      '---\ntags: [a, b]\n', // flow sequence
      '---\nauthor:\n  name: x\n', // nested mapping
      '---\ntitle: first line\n  continued\n', // multi-line plain scalar
      '---\ndescription: |\n  text\n', // block scalar
      '---\r\ntitle: x\r\n', // CRLF
      '---\ntitle:\tx\n', // tab
      '---\n', // empty
      '---\n# only a comment\n',
      '---\nbase: &b x\nother: *b\n',
      '---\n<<: {a: 1}\n',
      '---\n- a\n- b\n',
      '---\njust a string\n',
      '--- x\ntitle: y\n',
      '---\ntitle: x\n---\nsecond: document\n',
      '---\nkey:value\n',
      '---\n"title": x\n',
      '---\n%YAML 1.1\n',
    ]
    for (const text of declined) {
      assert.equal(parseFlatFrontMatter(text), undefined, JSON.stringify(text))
      check(text)
    }
  })

  it('agrees with the full parser on thousands of generated documents', () => {
    let seed = 12345
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return (seed >>> 8) % n
    }
    const pick = <T>(list: readonly T[]): T => list[rnd(list.length)] as T
    const seps = [': ', ': ', ': ', ':', ':  ', ': \t']
    const suffixes = ['', '', '', '  ', ' # note', '\t', ' #', '#x']
    const extras = ['', '# comment', '   ', '  # indented comment', '  nested: 1', '  - item', '\t', '...', '---']
    let taken = 0
    const total = 8000
    for (let i = 0; i < total; i++) {
      const lines: string[] = []
      const n = 1 + rnd(5)
      for (let j = 0; j < n; j++) {
        const r = rnd(20)
        if (r === 0) lines.push(pick(extras))
        else lines.push(`${r < 16 ? pick(['title', 'layout', 'date', 'tags', 'x', 'y', 'n', 'on', 'slug']) : pick(KEYS)}${pick(seps)}${pick(VALUES)}${rnd(4) === 0 ? pick(suffixes) : ''}`)
      }
      const head = pick(['---', '---', '--- ', '---  '])
      const end = pick(['\n', '\n', '', '\n\n'])
      if (check(`${head}\n${lines.join('\n')}${end}`)) taken++
    }
    assert.ok(taken > total / 10, `fast path taken only ${taken} times out of ${total}`)
  })

  it('is what readFrontMatter uses, with the body and line offset unchanged', () => {
    const text = '---\nlayout: post\ntitle: "Hello"\n---\n\nBody {{ page.title }}\n'
    const fm = readFrontMatter(text, 'x.md')
    assert.deepStrictEqual(fm, { data: { layout: 'post', title: 'Hello' }, body: 'Body {{ page.title }}\n', bodyLineOffset: 5 })
  })

  it('copies strings without changing them', () => {
    for (const s of ['', 'a', 'exactly 13 ch', 'a string that is longer than thirteen', '中文标题中文标题中文标题中文标题']) assert.equal(copyString(s), s)
  })
})
