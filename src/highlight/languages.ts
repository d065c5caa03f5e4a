/**
 * Rouge language names → lexer entries, and on-demand loading of the matching highlight.js grammar.
 *
 * Only `highlight.js/lib/core` is imported; each grammar is `require`d the first time a block in
 * that language is highlighted (synchronously, so highlighting stays a plain function call).
 */
import { createRequire } from 'node:module';
import type { HLJSApi, LanguageFn } from 'highlight.js';
import { ROUGE_LEXERS, type RougeLexerEntry } from './rouge-lexer-table.js';
import { TokenStreamEmitter } from './token-stream.js';

/**
 * Grammars that other grammars embed (`subLanguage`). highlight.js leaves embedded code plain
 * unless the embedded grammar is registered, so these are loaded together.
 */
const EMBEDDED_GRAMMARS: Readonly<Record<string, readonly string[]>> = {
  xml: ['css', 'javascript'],
  erb: ['xml', 'ruby'],
  haml: ['ruby'],
  'php-template': ['php', 'xml'],
  dockerfile: ['bash'],
  shell: ['bash'],
  handlebars: ['xml'],
  twig: ['xml'],
  django: ['xml'],
  dust: ['xml'],
  'vbscript-html': ['vbscript', 'xml'],
  mojolicious: ['perl', 'xml'],
  'python-repl': ['python'],
  'node-repl': ['javascript'],
  'clojure-repl': ['clojure'],
  'julia-repl': ['julia'],
  coffeescript: ['javascript'],
  livescript: ['javascript'],
};

let lexersByName: Map<string, RougeLexerEntry> | undefined;

function lexerIndex(): Map<string, RougeLexerEntry> {
  if (!lexersByName) {
    lexersByName = new Map();
    for (const entry of ROUGE_LEXERS) {
      lexersByName.set(entry[0], entry);
      for (const alias of entry[1]) lexersByName.set(alias, entry);
    }
  }
  return lexersByName;
}

/** Does Rouge know this language name or alias? (case-sensitive, like Rouge's registry) */
export function isRougeLanguage(lang: string): boolean {
  return lexerIndex().has(lang);
}

/**
 * The Rouge lexer for a language spec as kramdown and Jekyll pass it to `Rouge::Lexer.find_fancy`:
 * a name or alias, optionally followed by `?option=value` (options are ignored here).
 * `guess` (Rouge's guesser) is resolved by the caller (see rouge/guess.ts).
 */
export function findRougeLexer(langSpec: string): RougeLexerEntry | undefined {
  const name = langSpec.includes('?') ? langSpec.slice(0, langSpec.indexOf('?')) : langSpec;
  return lexerIndex().get(name);
}

const requireGrammar = createRequire(import.meta.url);
let hljs: HLJSApi | undefined;
const loaded = new Set<string>();

/** The private highlight.js instance, set up to emit token streams. */
export function highlighter(): HLJSApi {
  if (!hljs) {
    // highlight.js is only loaded when a language without a ported Rouge lexer is highlighted.
    const hljsCore = requireGrammar('highlight.js/lib/core') as HLJSApi;
    hljs = hljsCore.newInstance();
    hljs.configure({ __emitter: TokenStreamEmitter });
  }
  return hljs;
}

/** Registers a highlight.js grammar (and the grammars it embeds) unless already registered. */
export function loadGrammar(module: string): void {
  if (loaded.has(module)) return;
  loaded.add(module);
  for (const embedded of EMBEDDED_GRAMMARS[module] ?? []) loadGrammar(embedded);
  const grammar = requireGrammar(`highlight.js/lib/languages/${module}`) as LanguageFn;
  const patch = GRAMMAR_PATCHES[module];
  highlighter().registerLanguage(module, patch ? (api) => patch(grammar(api)) : grammar);
}

type Grammar = ReturnType<LanguageFn>;

/** Adjustments that bring a highlight.js grammar closer to the Rouge lexer of the same language. */
const GRAMMAR_PATCHES: Record<string, (grammar: Grammar) => Grammar> = {
  // Rouge's shell lexer reads `--source` as one option, never as the `source` builtin after `--`.
  bash: (grammar) => {
    const keywords = grammar.keywords;
    if (keywords && typeof keywords === 'object' && !Array.isArray(keywords)) {
      (keywords as Record<string, unknown>).$pattern = /(?<![-\w])[a-z][a-z0-9._-]+\b/;
    }
    return grammar;
  },
};
