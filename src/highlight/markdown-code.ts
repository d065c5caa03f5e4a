/**
 * The markup kramdown (as configured by Jekyll 4.3: GFM input, Rouge, default_lang plaintext,
 * guess_lang true) prints for code blocks and code spans.
 */
import { escapeAttribute, escapeCode, highlightToRouge } from './rouge-html.js';

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
 * kramdown + Rouge markup for a fenced/indented code block in Markdown (what Jekyll prints), ending in "\n".
 * `code` is the block's text as kramdown holds it (normally ending in "\n"); `lang` is the fence's
 * info word, '' for none (→ plaintext). extraClasses come from IALs.
 * Unknown languages print `<pre><code class="language-foo">` with no Rouge wrapper, as kramdown does.
 */
export function renderMarkdownCodeBlock(code: string, lang: string, extraClasses: string[] = []): string {
  const language = lang === '' ? 'plaintext' : classLanguage(lang);
  const highlighted = highlightToRouge(code, lang === '' ? 'plaintext' : lang);
  if (highlighted !== null) {
    const classes = [`language-${language}`, ...extraClasses, 'highlighter-rouge'];
    return `<div${classAttribute(classes)}><div class="highlight"><pre class="highlight"><code>${highlighted}</code></pre></div></div>\n`;
  }
  let text = escapeCode(code).replace(/\r?\n$|\r$/, '');
  if (extraClasses.includes('show-whitespaces')) text = showWhitespace(text);
  return `<pre${classAttribute(extraClasses)}><code class="language-${escapeAttribute(language)}">${text}\n</code></pre>\n`;
}

/** kramdown inline code span: <code class="language-plaintext highlighter-rouge">…</code> (lang from IAL if any). */
export function renderMarkdownCodeSpan(code: string, lang?: string): string {
  const language = lang ?? 'plaintext';
  const highlighted = highlightToRouge(code, language);
  if (highlighted === null) return `<code class="language-${escapeAttribute(language)}">${escapeCode(code)}</code>`;
  return `<code class="language-${escapeAttribute(language)} highlighter-rouge">${highlighted}</code>`;
}
