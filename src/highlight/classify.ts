/**
 * Turns highlight.js's scoped token stream into Rouge's flat [class, text] stream.
 */
import { lexGap, type ClassedText } from './gap-lexer.js';
import type { LanguageProfile } from './language-profile.js';
import { commentClass, normalizeScope, numberClass, quotedStringClass, SCOPE_CLASSES } from './rouge-classes.js';
import type { ScopedText, ScopeNode } from './token-stream.js';

/** Text and first/last token index of every scope node, so a string or comment is judged as a whole. */
interface NodeSpan {
  text: string;
  first: number;
  last: number;
}

function nodeSpans(tokens: readonly ScopedText[]): Map<number, NodeSpan> {
  const spans = new Map<number, NodeSpan>();
  tokens.forEach((token, index) => {
    for (const scope of token.scopes) {
      const span = spans.get(scope.id);
      if (span) {
        span.text += token.text;
        span.last = index;
      } else {
        spans.set(scope.id, { text: token.text, first: index, last: index });
      }
    }
  });
  return spans;
}

/** The scope's class: profile `parent>child`, profile `child`, then the generic map. */
function scopeClass(name: string, parent: string | undefined, profile: LanguageProfile): string | undefined {
  if (parent !== undefined) {
    const nested = profile.scopes?.[`${parent}>${name}`];
    if (nested !== undefined) return nested;
  }
  return profile.scopes?.[name] ?? SCOPE_CLASSES[name];
}

interface Resolved {
  cls: string;
  node: ScopeNode;
}

/** Picks the class for one token: comments win from outside, otherwise the innermost scope that names a token. */
function resolve(scopes: readonly ScopeNode[], profile: LanguageProfile): Resolved | undefined {
  const names = scopes.map((s) => normalizeScope(s.name));
  const comment = names.indexOf('comment');
  if (comment >= 0) return { cls: scopeClass('comment', undefined, profile) || 'c', node: scopes[comment]! };
  for (let i = names.length - 1; i >= 0; i--) {
    const cls = scopeClass(names[i]!, names[i - 1], profile);
    if (cls) return { cls, node: scopes[i]! };
  }
  return undefined;
}

/** Finer Rouge class from the whole node's text (number kind, quote style, comment style) and the token's own text. */
function refine(cls: string, nodeText: string, text: string, profile: LanguageProfile): string {
  if (cls === 'm') return profile.numbers && profile.numbers !== 'exact' ? profile.numbers : numberClass(nodeText);
  if (cls === 's') return profile.strings && profile.strings !== 'quote' ? profile.strings : quotedStringClass(nodeText);
  if (cls === 'c') return commentClass(nodeText, profile.lineComment ?? 'c1', profile.blockComment ?? 'cm');
  const byWord = profile.words?.[text];
  if (byWord !== undefined && /^[kn]|^bp$/.test(cls)) return byWord;
  return cls;
}

/** Splits the quote characters off a string node for lexers that mark them `dl`. */
function splitQuotes(cls: string, text: string, span: NodeSpan, index: number): ClassedText[] {
  const quote = span.text[0];
  if ((quote !== '"' && quote !== "'") || span.text.length < 2 || !span.text.endsWith(quote)) return [[cls, text]];
  let head = '';
  let tail = '';
  let body = text;
  if (index === span.first) [head, body] = [body.slice(0, 1), body.slice(1)];
  if (index === span.last && body.endsWith(quote)) [body, tail] = [body.slice(0, -1), body.slice(-1)];
  const out: ClassedText[] = [];
  if (head) out.push(['dl', head]);
  if (body) out.push([cls, body]);
  if (tail) out.push(['dl', tail]);
  return out;
}

/** Rouge-style classes for highlight.js's token stream of one block. */
export function classify(
  tokens: readonly ScopedText[],
  code: string,
  profileFor: (language: string | undefined) => LanguageProfile,
): ClassedText[] {
  const spans = nodeSpans(tokens);
  const out: ClassedText[] = [];
  let offset = 0;
  let previous = '';
  const push = (pieces: ClassedText[]): void => {
    for (const piece of pieces) {
      out.push(piece);
      if (/\S/.test(piece[1])) previous = piece[1].trim();
    }
  };
  tokens.forEach((token, index) => {
    const { text } = token;
    const start = offset;
    offset += text.length;
    const sub = findLast(token.scopes, (s) => s.name.startsWith('language:'));
    const profile = profileFor(sub?.name.slice('language:'.length));
    const inner = sub ? token.scopes.slice(token.scopes.indexOf(sub) + 1) : token.scopes;
    const resolved = resolve(inner, profile);
    const before = /\S?(?=\s*$)/.exec(code.slice(Math.max(0, start - 80), start))?.[0] ?? '';
    const after = code[offset] ?? '';
    if (!resolved) {
      push(lexGap(text, profile, before, after));
      return;
    }
    const span = spans.get(resolved.node.id)!;
    const scope = normalizeScope(resolved.node.name);
    let cls = refine(resolved.cls, span.text, text, profile);
    const refined = profile.refine ? profile.refine(cls, text, { nodeText: span.text, scope, previous }) : cls;
    if (typeof refined !== 'string') {
      push(refined);
      return;
    }
    cls = refined;
    if (cls === '') {
      push(lexGap(text, profile, before, after));
    } else if (scope === 'subst') {
      push(splitSubst(text, span, index, profile, before, after));
    } else if (profile.quoteDelimiters && cls.startsWith('s') && cls !== 'sr' && cls !== 'si') {
      push(splitQuotes(cls, text, span, index));
    } else {
      push([[cls, text]]);
    }
  });
  return out;
}

/** An interpolation `#{…}` / `${…}`: delimiters get the profile's class, the inside is lexed like code. */
function splitSubst(
  text: string,
  span: NodeSpan,
  index: number,
  profile: LanguageProfile,
  before: string,
  after: string,
): ClassedText[] {
  const delimiter = profile.substDelimiter ?? 'si';
  let head = '';
  let tail = '';
  let body = text;
  if (index === span.first) {
    const open = /^(?:[#$]?\{|\$\()/.exec(body)?.[0] ?? '';
    [head, body] = [open, body.slice(open.length)];
  }
  if (index === span.last && /[})]$/.test(body)) [body, tail] = [body.slice(0, -1), body.slice(-1)];
  const out: ClassedText[] = [];
  if (head) out.push([delimiter, head]);
  if (body) out.push(...lexGap(body, profile, head ? head.slice(-1) : before, tail || after));
  if (tail) out.push([delimiter, tail]);
  return out;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}
