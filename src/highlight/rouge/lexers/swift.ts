/** Rouge's `swift` lexer. */
import { LexerDefinition, mixin } from '../regex-lexer.js'

const set = (s: string) => new Set(s.trim().split(/\s+/))
const KEYWORDS = set(`await break case continue default do else fallthrough if in for return switch where while try catch
  throw guard defer repeat as dynamicType is new super self Self Type __COLUMN__ __FILE__ __FUNCTION__ __LINE__
  associativity async didSet get infix inout isolated mutating none nonmutating operator override postfix precedence
  prefix set unowned weak willSet throws rethrows precedencegroup`)
const DECLARATIONS = set(`actor class deinit enum convenience extension final func import init internal lazy let
  nonisolated optional private protocol public required static struct subscript typealias var dynamic indirect
  associatedtype open fileprivate some`)
const CONSTANTS = set('true false nil')

const ID_HEAD = '(?:_|(?!\\p{Mc})\\p{Alphabetic}|[^\\u0000-\\uFFFF])'
const ID_REST = '(?:[\\p{Alphabetic}\\p{Nd}_]|[^\\u0000-\\uFFFF])'
const ID = `${ID_HEAD}${ID_REST}*`
const u = (source: string, flags = '') => new RegExp(source, `u${flags}`)

export const swift = new LexerDefinition({
  name: 'swift',
  start: (lexer) => { lexer.stack.push(lexer.definition.state('bol')) },
  states: {
    bol: [
      [/#.*/, 'cp'],
      mixin('inline_whitespace'),
      [/(?:)/, (c) => c.pop()],
    ],
    inline_whitespace: [[/\s+/, ''], mixin('has_comments')],
    whitespace: [
      [/\n+/, '', 'bol'],
      [/\/\/.*?$/, 'c1', 'bol'],
      mixin('inline_whitespace'),
    ],
    has_comments: [[/\/[*]/, 'cm', 'nested_comment']],
    nested_comment: [
      mixin('has_comments'),
      [/[*]\//, 'cm', '#pop'],
      [/[^*/]+/, 'cm'],
      [/./u, 'cm'],
    ],
    root: [
      mixin('whitespace'),
      [/\$(([1-9]\d*)?\d)/, 'nv'],
      [/[()[\]{}:;,?\\]/, 'p'],
      [/[-/=+*%<>!&|^.~]+/, 'o'],
      [/@?"/, 's', 'dq'],
      [/'(\\.|.)'/u, 'sc'],
      [/(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?/i, 'mf'],
      [/\d+e[+-]?[0-9]+/i, 'mf'],
      [/0o?[0-7]+(?:_[0-7]+)*/, 'mo'],
      [/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?/, 'mh'],
      [/0b[01]+(?:_[01]+)*/, 'mb'],
      [/[\d]+(?:_\d+)*/, 'mi'],
      [u(`@${ID}`), 'kd'],
      [/(private|internal)(\([ ]*)(\w+)([ ]*\))/, (c) => {
        if (c.m[3] === 'set') c.token('kd')
        else c.groups('kd', 'kd', 'err', 'kd')
      }],
      [/(unowned\([ ]*)(\w+)([ ]*\))/, (c) => {
        if (c.m[2] === 'safe' || c.m[2] === 'unsafe') c.token('kd')
        else c.groups('kd', 'err', 'kd')
      }],
      [/#available\([^)]+\)/, 'kd'],
      [/(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))/, (c) => c.groups('kd', 'nf', 'kd')],
      [/#(line|file|column|function|dsohandle)/, 'kd'],
      [u(`(let|var)\\b(\\s*)(${ID})`), (c) => c.groups('k', '', 'nv')],
      [/(let|var)\b(\s*)([(])/, (c) => { c.groups('k', '', 'p'); c.push('tuple') }],
      [u(`(?!\\b(if|while|for|private|internal|unowned|switch|case)\\b)\\b${ID}(?=(\\?|!)?\\s*[(])`), (c) => {
        c.token(/^\p{Uppercase}/u.test(c.m[0]) ? 'kt' : 'nf')
      }],
      [/as[?!]?(?=\s)/, 'k'],
      [/try[!]?(?=\s)/, 'k'],
      [u(`(#?(?!default)(?!\\p{Uppercase})${ID})(\\s*)(:)`), (c) => c.groups('nv', '', 'p')],
      [u(ID), (c) => {
        const word = c.m[0]
        c.token(KEYWORDS.has(word) ? 'k' : DECLARATIONS.has(word) ? 'kd' : CONSTANTS.has(word) ? 'kc'
          : /^\p{Uppercase}/u.test(word) ? 'kt' : 'n')
      }],
      [u(`(\`)(${ID})(\`)`), (c) => c.groups('p', 'nv', 'p')],
    ],
    tuple: [
      [u(`(${ID})`), 'nv'],
      [u(`(\`)(${ID})(\`)`), (c) => c.groups('p', 'nv', 'p')],
      [/,/, 'p'],
      [/[(]/, 'p', '#push'],
      [/[)]/, 'p', '#pop'],
      mixin('inline_whitespace'),
    ],
    dq: [
      [/\\[\\0tnr'"]/, 'se'],
      [/\\[(]/, 'se', 'interp'],
      [/\\u\{[0-9a-fA-F]{1,8}\}/, 'se'],
      [/[^\\"]+/, 's'],
      [/"""/, 's', '#pop'],
      [/"/, 's', '#pop'],
    ],
    interp: [
      [/[(]/, 'p', 'interp_inner'],
      [/[)]/, 'se', '#pop'],
      mixin('root'),
    ],
    interp_inner: [
      [/[(]/, 'p', '#push'],
      [/[)]/, 'p', '#pop'],
      mixin('root'),
    ],
  },
})
