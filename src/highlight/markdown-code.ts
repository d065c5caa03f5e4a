/**
 * The markup kramdown's HTML converter prints for code blocks and code spans (`convert_codeblock`,
 * `convert_codespan`), with the Rouge highlighter configured by Jekyll, or none.
 */
import { jekyllKramdownRouge, type KramdownRouge } from './kramdown-rouge.js';
import { escapeAttribute, escapeCode } from './rouge-html.js';

/** `language-foo` from a fence's `foo?opt=1` (kramdown keeps only the part before `?` in the class). */
function classLanguage(lang: string): string {
  const question = lang.indexOf('?');
  return question >= 0 ? lang.slice(0, question) : lang;
}

function classAttribute(classes: readonly string[]): string {
  return classes.length ? ` class="${escapeAttribute(classes.join(' '))}"` : '';
}

/** kramdown's `show-whitespaces` class: blanks become visible spans (only for code Rouge can't highlight). */
function showWhitespace(html: string): string {
  return html.replace(/(^[ \t]+)|([ \t]+$)|([ \t]+)/gm, (run, leading?: string, trailing?: string) => {
    const suffix = leading ? '-l' : trailing ? '-r' : '';
    return [...run].map((c) => (c === '\t' ? `<span class="ws-tab${suffix}">\t</span>` : `<span class="ws-space${suffix}">&#8901;</span>`)).join('');
  });
}

/**
 * kramdown's markup for a fenced/indented code block, ending in "\n".
 * `code` is the block's text as kramdown holds it (normally ending in "\n"); `lang` is the language
 * spec ('' or undefined for none); extraClasses come from IALs. `rouge` is the configured
 * highlighter, or null for `highlighter: none`. Code kramdown does not highlight (unknown
 * language, no highlighter) prints as `<pre><code class="language-foo">`.
 */
export function renderMarkdownCodeBlock(
  code: string,
  lang: string | undefined,
  extraClasses: string[] = [],
  rouge: KramdownRouge | null = jekyllKramdownRouge,
): string {
  const spec = lang === '' ? undefined : lang;
  const highlighted = rouge ? rouge.block(code, spec) : null;
  if (highlighted !== null) {
    const language = spec === undefined ? rouge!.defaultLang : classLanguage(spec);
    return `<div class="${escapeAttribute(highlighterClass(extraClasses, language))}">${highlighted}</div>\n`;
  }
  let text = escapeCode(code).replace(/\n$/, '');
  if (extraClasses.includes('show-whitespaces')) text = showWhitespace(text);
  const codeClass = spec === undefined ? '' : ` class="language-${escapeAttribute(classLanguage(spec))}"`;
  return `<pre${classAttribute(extraClasses)}><code${codeClass}>${text}\n</code></pre>\n`;
}

/**
 * kramdown's `add_syntax_highlighter_to_class_attr`: append `highlighter-rouge`, then replace the
 * first `language-…` class, or (Ruby's `sub(/\blanguage-\S+|(^)/)`, which also matches at the very
 * start) prepend `language-<lang>`.
 */
function highlighterClass(classes: readonly string[], lang: string | undefined): string {
  const cls = `${classes.join(' ')} highlighter-rouge`.trimStart();
  if (lang === undefined) return cls;
  return cls.replace(/\blanguage-\S+|^/, (m) => (m ? `language-${lang}` : `language-${lang} `));
}

/**
 * kramdown's markup for a code span: `<code class="language-plaintext highlighter-rouge">…</code>`
 * when Rouge highlights it, plain `<code>` otherwise. `classes` are the span's classes in order
 * (an IAL's `.language-x` included); the language is the first `language-x` among them.
 */
export function renderMarkdownCodeSpan(
  code: string,
  lang?: string,
  rouge: KramdownRouge | null = jekyllKramdownRouge,
  classes: readonly string[] = lang === undefined ? [] : [`language-${lang}`],
): string {
  const highlighted = rouge ? rouge.span(code, lang) : null;
  if (highlighted === null) return `<code${classAttribute(classes)}>${escapeCode(code)}</code>`;
  return `<code class="${escapeAttribute(highlighterClass(classes, lang ?? rouge!.defaultLang))}">${highlighted}</code>`;
}
