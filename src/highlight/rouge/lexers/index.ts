/**
 * Lexers ported to the Rouge-compatible engine (../regex-lexer.ts), by Rouge lexer tag. Languages
 * without one here fall back to highlight.js with a class mapping. Each lexer module is loaded
 * (synchronously, `require` of an ES module, Node ≥ 20.19) the first time a block in its language
 * is highlighted, and compiles its regular expressions on first use, so a build only pays for the
 * languages its pages use.
 */
import { createRequire } from 'node:module'
import type { RougeLexer, RougeLexerOptions } from '../rouge-lexer.js'
import type { LexerResolver } from './markdown.js'

/** Finds any lexer by Rouge name (for lexers that embed other languages). */
export type Resolver = (spec: string, code: string) => RougeLexer | null

type Factory = (options: RougeLexerOptions, resolve: Resolver) => RougeLexer

// Lexer modules are next to this one; the bundled command (scripts/bundle.mjs) writes each as `<file>.js` next to its code too.
const load = createRequire(import.meta.url)

/** The export `name` of lexer module `file` (loaded on first use). */
function lexer(file: string, name: string): Factory {
  return () => (load(`./${file}.js`) as Record<string, RougeLexer>)[name]!
}

let markdown: RougeLexer | undefined

const FACTORIES: Readonly<Record<string, Factory>> = {
  c: lexer('c', 'c'),
  console: (options, resolve) => {
    const { consoleLexer } = load('./console.js') as typeof import('./console.js')
    return consoleLexer(options, (name) => resolve(name, '') ?? undefined)
  },
  coq: lexer('coq', 'coq'),
  cpp: lexer('c', 'cpp'),
  csharp: lexer('csharp', 'csharp'),
  css: lexer('css', 'css'),
  diff: lexer('diff', 'diff'),
  docker: lexer('docker', 'docker'),
  erb: lexer('erb', 'erb'),
  go: lexer('go', 'go'),
  haskell: lexer('haskell', 'haskell'),
  html: lexer('html', 'html'),
  ini: lexer('ini', 'ini'),
  java: lexer('java', 'java'),
  javascript: lexer('javascript', 'javascript'),
  json: lexer('json', 'json'),
  jsx: lexer('jsx', 'jsx'),
  kotlin: lexer('kotlin', 'kotlin'),
  liquid: lexer('liquid', 'liquid'),
  lua: lexer('lua', 'lua'),
  markdown: (_options, resolve) => {
    const { markdownLexer } = load('./markdown.js') as typeof import('./markdown.js')
    return (markdown ??= markdownLexer(resolve as LexerResolver))
  },
  php: (options) => (load('./php.js') as typeof import('./php.js')).phpLexer(options),
  powershell: lexer('powershell', 'powershell'),
  python: lexer('python', 'python'),
  ruby: lexer('ruby', 'ruby'),
  rust: lexer('rust', 'rust'),
  sass: lexer('sass', 'sass'),
  scss: lexer('scss', 'scss'),
  shell: lexer('shell', 'shell'),
  sql: lexer('sql', 'sql'),
  swift: lexer('swift', 'swift'),
  toml: lexer('toml', 'toml'),
  tsx: lexer('jsx', 'tsx'),
  typescript: lexer('javascript', 'typescript'),
  xml: lexer('xml', 'xml'),
  yaml: lexer('yaml', 'yaml'),
}

/** The ported lexer for a Rouge tag, or undefined when the language is not ported. */
export function nativeLexer(tag: string, options: RougeLexerOptions, resolve: Resolver): RougeLexer | undefined {
  return FACTORIES[tag]?.(options, resolve)
}

/** Is there a ported lexer for this Rouge tag (without loading it)? */
export function hasNativeLexer(tag: string): boolean {
  return Object.prototype.hasOwnProperty.call(FACTORIES, tag)
}
