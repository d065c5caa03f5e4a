/**
 * Splits text that highlight.js left without a scope into the tokens Rouge would still mark:
 * names, numbers, operators and punctuation (Rouge's lexers tokenise everything; highlight.js
 * grammars only mark the interesting parts).
 */
import type { LanguageProfile } from './language-profile.js';
import { numberClass } from './rouge-classes.js';

export type ClassedText = [cls: string, text: string];

const DEFAULT_OPERATORS = '-+*/%=<>!&|^~?';
const DEFAULT_PUNCTUATION = '()[]{},;.:';
const DEFAULT_IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?)[a-zA-Z0-9_]*/y;

const WHITESPACE = /\s+/y;
const charClassCache = new Map<string, RegExp>();

function runOf(chars: string): RegExp {
  let re = charClassCache.get(chars);
  if (!re) {
    re = new RegExp(`[${chars.replace(/[\]\\^-]/g, '\\$&')}]+`, 'y');
    charClassCache.set(chars, re);
  }
  return re;
}

function matchAt(re: RegExp, text: string, pos: number): string | undefined {
  re.lastIndex = pos;
  return re.exec(text)?.[0] || undefined;
}

/** Class of a bare identifier, from the profile and its neighbours. */
function identifierClass(word: string, before: string, after: string, p: LanguageProfile): string {
  const byWord = p.words?.[word] ?? p.word?.(word, before, after);
  if (byWord !== undefined) return byWord;
  const name = p.name ?? '';
  if (after === '(' && p.call !== undefined) return p.call;
  if (before === '.' && p.member !== undefined) return p.member;
  if (/^[A-Z]/.test(word) && p.constant !== undefined) return p.constant;
  return name;
}

/**
 * Tokenises `text`. `before` is the last non-blank character before it and `after` the character
 * right after it in the whole code, so `obj.name` split across highlight.js tokens still counts
 * as a member access.
 */
export function lexGap(text: string, profile: LanguageProfile, before: string, after: string): ClassedText[] {
  if (profile.plainText !== undefined) return [[profile.plainText, text]];
  const out: ClassedText[] = [];
  const operators = runOf(profile.operators ?? DEFAULT_OPERATORS);
  const punctuation = runOf(profile.punctuation ?? DEFAULT_PUNCTUATION);
  const identifier = profile.identifier ?? DEFAULT_IDENTIFIER;
  let pos = 0;
  let prev = before;
  while (pos < text.length) {
    let m: string | undefined;
    if ((m = matchAt(WHITESPACE, text, pos))) {
      out.push([profile.whitespace ?? '', m]);
    } else if ((m = matchAt(identifier, text, pos))) {
      const next = pos + m.length < text.length ? text[pos + m.length]! : after;
      out.push([identifierClass(m, prev, next, profile), m]);
    } else if ((m = matchAt(NUMBER, text, pos))) {
      out.push([profile.numbers && profile.numbers !== 'exact' ? profile.numbers : numberClass(m), m]);
    } else if ((m = matchAt(operators, text, pos))) {
      out.push(['o', m]);
    } else if ((m = matchAt(punctuation, text, pos))) {
      out.push([profile.punctuationClass ?? 'p', m]);
    } else {
      m = text[pos]!;
      out.push(['', m]);
    }
    pos += m.length;
    if (/\S/.test(m)) prev = m[m.length - 1]!;
  }
  return out;
}
