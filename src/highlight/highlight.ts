/**
 * Highlights code with highlight.js and returns Rouge's token stream for it.
 */
import { classify } from './classify.js';
import type { ClassedText } from './gap-lexer.js';
import { profileFor } from './language-profiles.js';
import { highlighter, loadGrammar } from './languages.js';
import type { TokenStreamEmitter } from './token-stream.js';

/**
 * Rouge-classed tokens for `code` in the given highlight.js module, adjacent tokens of the same
 * class merged (Rouge merges them too). Text with class '' is plain text.
 * Returns one plain token when highlight.js fails.
 */
export function rougeTokens(code: string, module: string): ClassedText[] {
  if (code === '') return [];
  if (module === 'plaintext') return [['', code]];
  let tokens: ClassedText[];
  try {
    loadGrammar(module);
    const result = highlighter().highlight(code, { language: module, ignoreIllegals: true });
    const emitter = result._emitter as unknown as TokenStreamEmitter;
    const host = profileFor(module);
    tokens = classify(emitter.tokens, code, (sub) => (sub === undefined ? host : (host.embedded?.[sub] ?? profileFor(sub))));
  } catch {
    return [['', code]];
  }
  // Never lose or change a character, whatever a grammar or profile did.
  if (tokens.map((t) => t[1]).join('') !== code) return [['', code]];
  return mergeAdjacent(tokens);
}

function mergeAdjacent(tokens: readonly ClassedText[]): ClassedText[] {
  const out: ClassedText[] = [];
  for (const [cls, text] of tokens) {
    const last = out[out.length - 1];
    if (last && last[0] === cls) last[1] += text;
    else if (text !== '') out.push([cls, text]);
  }
  return out;
}
